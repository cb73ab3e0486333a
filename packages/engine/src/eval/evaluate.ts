import type { Counts, EvalReport, EvalRow, Score, ScreenFn } from "./types.ts";
import { addClassificationRow } from "./classification.ts";
import { addSpanRow } from "./spans.ts";
import { toScore } from "./score.ts";

/**
 * Scores the engine over a stream of labelled rows, one row at a time, so a caller can feed
 * it a file of any size. Only categories and data types the rows label are reported.
 */
export class Evaluation {
  private rows = 0;
  private readonly categoryCounts = new Map<string, Counts>();
  private readonly typeCounts = new Map<string, Counts>();
  private readonly labelledCategories = new Set<string>();
  private readonly labelledTypes = new Set<string>();
  private readonly screen: ScreenFn;

  constructor(screen: ScreenFn) {
    this.screen = screen;
  }

  add(row: EvalRow): void {
    const findings = this.screen(row.text);
    this.rows++;
    if (row.categories) {
      for (const c of row.categories) this.labelledCategories.add(c);
      addClassificationRow(this.categoryCounts, row.categories, findings);
    }
    if (row.spans) {
      for (const s of row.spans) this.labelledTypes.add(s.type);
      for (const t of row.checked_types ?? []) this.labelledTypes.add(t);
      addSpanRow(this.typeCounts, row.spans, findings, row.checked_types);
    }
  }

  report(file: string): EvalReport {
    return {
      file,
      rows: this.rows,
      categories: pick(this.categoryCounts, this.labelledCategories),
      types: pick(this.typeCounts, this.labelledTypes),
    };
  }
}

function pick(counts: Map<string, Counts>, labelled: Set<string>): Record<string, Score> {
  const out: Record<string, Score> = {};
  for (const name of [...labelled].sort()) out[name] = toScore(counts.get(name) ?? { tp: 0, fp: 0, fn: 0 });
  return out;
}

/** Checks one parsed JSON line against the evaluation formats; returns a reason when it is not a row. */
export function validateRow(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const row = value as Record<string, unknown>;
  if (typeof row.text !== "string") return 'missing string "text"';
  const hasCategories = row.categories !== undefined;
  const hasSpans = row.spans !== undefined;
  if (!hasCategories && !hasSpans) return 'needs "categories" or "spans"';
  if (
    hasCategories &&
    !(Array.isArray(row.categories) && row.categories.every((c) => typeof c === "string"))
  ) {
    return '"categories" must be an array of strings';
  }
  if (hasSpans) {
    if (!Array.isArray(row.spans)) return '"spans" must be an array';
    for (const s of row.spans as unknown[]) {
      const span = s as Record<string, unknown>;
      if (
        typeof s !== "object" ||
        s === null ||
        typeof span.start !== "number" ||
        typeof span.end !== "number" ||
        typeof span.type !== "string" ||
        span.start < 0 ||
        span.end < span.start ||
        span.end > (row.text as string).length
      ) {
        return "each span needs numeric start <= end within the text and a string type";
      }
    }
  }
  if (
    row.checked_types !== undefined &&
    !(Array.isArray(row.checked_types) && row.checked_types.every((t) => typeof t === "string"))
  ) {
    return '"checked_types" must be an array of strings';
  }
  return undefined;
}
