import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hashString } from "../../src/classifiers/hash.ts";

export const DATA_DIR = "/work/shared/data";

export interface Row {
  id: string;
  text: string;
  categories: string[];
}

export function readRows(file: string): Row[] {
  return readFileSync(join(DATA_DIR, file), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Row);
}

export type Split = "train" | "calibration" | "validation";

/**
 * Deterministic three-way split by a hash of file and row id: 80% train, 10% calibration
 * (Platt scaling, regularisation and threshold choice), 10% validation (reported, never fitted).
 */
export function splitOf(file: string, id: string): Split {
  const bucket = (hashString(0x9e3779b9, `${file}\u0000${id}`) >>> 0) % 10;
  return bucket === 0 ? "validation" : bucket === 1 ? "calibration" : "train";
}

/**
 * Cross-validation folds over the rows outside the validation split: the text models choose
 * their variant, Platt scaling and thresholds on out-of-fold scores (nine times the rows of the
 * calibration split, so steadier cut-offs), then train once more on all of those rows.
 */
export const FOLDS = 5;

/** The fold of a row outside the validation split (from its own hash, independent of the split). */
export function foldOf(file: string, id: string): number {
  return (hashString(0x27d4eb2f, `${file}\u0000${id}`) >>> 0) % FOLDS;
}
