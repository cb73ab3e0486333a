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
