export { Evaluation, validateRow } from "./evaluate.ts";
export { addClassificationRow } from "./classification.ts";
export { addSpanRow } from "./spans.ts";
export { macroF1, toScore } from "./score.ts";
export type { Counts, EvalReport, EvalRow, GoldSpan, Score, ScreenFn } from "./types.ts";
