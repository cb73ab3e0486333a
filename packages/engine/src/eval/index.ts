export { Evaluation, validateRow } from "./evaluate.ts";
export { addClassificationRow } from "./classification.ts";
export { addSpanRow } from "./spans.ts";
export { toScore } from "./score.ts";
export type { Counts, EvalReport, EvalRow, GoldSpan, Score, ScreenFn } from "./types.ts";
