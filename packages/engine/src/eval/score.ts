import type { Counts, Score } from "./types.ts";

/** Precision, recall and F1 from counts; an empty denominator gives 0, never NaN. */
export function toScore(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}
