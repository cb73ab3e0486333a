import type { Finding } from "../types.ts";

/** One gold span of a span-annotated row; offsets are UTF-16, end exclusive. */
export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

/** A labelled row in either of the evaluation formats. */
export interface EvalRow {
  id?: string;
  text: string;
  /** Classification rows: the categories the text belongs to ([] = none). */
  categories?: string[];
  /** Span rows: the personal data in the text. */
  spans?: GoldSpan[];
  /** Span rows annotated only partially: the only types checked in this row. */
  checked_types?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  file: string;
  rows: number;
  categories: Record<string, Score>;
  types: Record<string, Score>;
}

export type ScreenFn = (text: string) => readonly Finding[];
