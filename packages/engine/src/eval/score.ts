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

/**
 * The mean of the F1 of the positive class and of the negative class, for `rows` scored texts.
 * Shared tasks such as OffensEval rank by it; it credits a model for the clean texts it leaves
 * alone as well as for the ones it catches.
 */
export function macroF1(c: Counts, rows: number): number {
  const tn = rows - c.tp - c.fp - c.fn;
  if (tn < 0) throw new RangeError(`${rows} rows cannot hold ${c.tp + c.fp + c.fn} counted outcomes`);
  const negative = toScore({ tp: tn, fp: c.fn, fn: c.fp }).f1;
  return round((toScore(c).f1 + negative) / 2);
}
