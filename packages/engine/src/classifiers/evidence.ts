import type { RuleContext, Thresholds } from "../rule.ts";
import type { Span, TextKind } from "../types.ts";
import type { PackedModel } from "./model.ts";
import { textScoresFor, topWords, type TextModelId, type TextScores } from "./text-scores.ts";
import { URL_WORD } from "./text-words.ts";

/** What a text classifier finding shows: the words as the author wrote them, and where. */
export interface TextEvidence {
  words: string[];
  span: Span;
  /** "“idiot”, “useless”" for messages. */
  quoted: string;
}

export function scoresOf(ctx: RuleContext): TextScores {
  return textScoresFor(ctx.analysed, ctx.text);
}

export function textEvidence(ctx: RuleContext, scores: TextScores, id: TextModelId): TextEvidence {
  const top = topWords(scores, id);
  // The words as written, each once (a handful, so a list search is cheaper than a set).
  const words: string[] = [];
  for (const w of top) {
    const written = w.text === URL_WORD ? "a link" : ctx.text.slice(w.start, w.end);
    if (!words.includes(written)) words.push(written);
  }
  const strongest = top[0];
  const span = strongest
    ? { start: strongest.start, end: strongest.end }
    : { start: 0, end: ctx.text.length };
  let quoted = "the text as a whole";
  for (let k = 0; k < words.length; k++) quoted = k === 0 ? `“${words[0]}”` : `${quoted}, “${words[k]}”`;
  return { words, span, quoted };
}

export function percent(probability: number): number {
  return Math.round(probability * 100);
}

/** Below this no pack would want a finding, so evidence is not worked out. */
export const NEGLIGIBLE = 0.02;

/**
 * Whether the engine will keep a finding with this score under these cut-offs (the same test
 * it applies): explaining a score costs more than scoring it, so rules explain only these.
 */
export function keepsScore(score: number, thresholds: Thresholds | undefined): boolean {
  if (!thresholds) return true;
  const { advice, approval, block } = thresholds;
  return (
    (advice !== undefined && score >= advice) ||
    (approval !== undefined && score >= approval) ||
    (block !== undefined && score >= block)
  );
}

/**
 * Default cut-offs from what training measured on the calibration split: advice from the
 * F1-best threshold, approval from the threshold where precision reaches 0.85 (so a post is
 * held only when the model is usually right), block when nearly certain.
 */
export function defaultThresholds(model: PackedModel, block = 0.9): Partial<Record<TextKind, Thresholds>> {
  const sure = Math.max(model.threshold, model.sureThreshold);
  const certain = Math.max(sure, block);
  return {
    post: { advice: model.threshold, approval: sure, block: certain },
    reply: { advice: model.threshold, approval: sure, block: certain },
    personal: { advice: model.threshold, approval: certain },
  };
}
