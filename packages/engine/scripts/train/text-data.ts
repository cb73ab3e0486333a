import { createFeatureBuffer, featurise } from "../../src/classifiers/features.ts";
import { textWords } from "../../src/classifiers/text-words.ts";
import { foldOf, readRows, splitOf, type Row, type Split } from "./data.ts";

/**
 * The labelled text rows of every text file, with one label per head (abuse, hate, political,
 * disparagement): -1 where the row's file does not label that head.
 */
export const HEADS = [
  "abuse",
  "hate",
  "political",
  "disparagement",
  "policy-message",
  "attack-message",
] as const;
export type Head = (typeof HEADS)[number];
/** The heads the engine uses; the others are auxiliary tasks that only shape the shared table. */
export const CATEGORY_HEADS = 4;

/** Which heads each file labels. */
export const FILE_HEADS: Record<string, Head[]> = {
  "abuse-davidson.jsonl": ["abuse", "hate"],
  "abuse-olid-train.jsonl": ["abuse"],
  "political-posts.jsonl": ["political"],
  "disparagement-dong2014-train.jsonl": ["disparagement"],
};

export interface TextRow {
  file: string;
  split: Split;
  /** Cross-validation fold (see data.ts); -1 for validation rows. */
  fold: number;
  text: string;
  buckets: Int32Array;
  labels: Int8Array;
  /** Rows whose disparagement label is auxiliary: used for fitting only, never measured. */
  auxiliaryFor: Head[];
}

const buffer = createFeatureBuffer(4096);

export function bucketsOf(text: string, bits: number): Int32Array {
  featurise(textWords(text), bits, buffer);
  return buffer.buckets.slice(0, buffer.count);
}

/**
 * OLID's targeted insults (TIN) at a person or group stand in as disparagement, and its
 * non-offensive tweets as not: Dong's 5,000 rows lack the vocabulary. Never on validation rows.
 */
function olidDisparagement(row: Row & { orig_label?: string }): number {
  const label = row.orig_label ?? "";
  if (label.startsWith("OFF/TIN")) return 1;
  if (label.startsWith("NOT")) return 0;
  return -1;
}

export function textRows(bits: number): TextRow[] {
  const out: TextRow[] = [];
  for (const [file, heads] of Object.entries(FILE_HEADS))
    for (const row of readRows(file)) {
      const labels = new Int8Array(HEADS.length).fill(-1);
      for (const head of heads) labels[HEADS.indexOf(head)] = row.categories.includes(head) ? 1 : 0;
      const split = splitOf(file, row.id);
      const auxiliaryFor: Head[] = [];
      const fitted = split !== "validation";
      if (file === "abuse-olid-train.jsonl" && fitted) {
        const y = olidDisparagement(row);
        if (y >= 0) {
          labels[HEADS.indexOf("disparagement")] = y;
          auxiliaryFor.push("disparagement");
        }
      }
      // The political file also says what kind of message each post is; policy statements and
      // attacks are where partisanship lives, so those labels shape the shared table too.
      if (file === "political-posts.jsonl" && fitted) {
        const kind = /message=(\w+)/.exec((row as Row & { orig_label?: string }).orig_label ?? "")?.[1];
        labels[HEADS.indexOf("policy-message")] = kind === "policy" ? 1 : 0;
        labels[HEADS.indexOf("attack-message")] = kind === "attack" ? 1 : 0;
        auxiliaryFor.push("policy-message", "attack-message");
      }
      out.push({
        file,
        split,
        fold: fitted ? foldOf(file, row.id) : -1,
        text: row.text,
        buckets: bucketsOf(row.text, bits),
        labels,
        auxiliaryFor,
      });
    }
  return out;
}
