import type { Finding } from "../types.ts";
import type { Counts, GoldSpan } from "./types.ts";
import { emptyCounts } from "./score.ts";

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Span-level scoring for one row. A gold span is found (tp) when a finding of its data type
 * overlaps it, else missed (fn). A finding with a data type is a false positive when it
 * overlaps no gold span of that type, but only where the row annotates that type: rows with
 * `checked_types` were labelled for those types alone.
 */
export function addSpanRow(
  counts: Map<string, Counts>,
  gold: readonly GoldSpan[],
  findings: readonly Finding[],
  checkedTypes?: readonly string[],
): void {
  const typed = findings.filter(
    (f): f is Finding & { dataType: string; span: { start: number; end: number } } =>
      f.dataType !== undefined && f.span !== undefined,
  );
  const bucket = (type: string): Counts => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = emptyCounts()));
    return c;
  };
  for (const g of gold) {
    const found = typed.some((f) => f.dataType === g.type && overlaps(f.span, g));
    if (found) bucket(g.type).tp++;
    else bucket(g.type).fn++;
  }
  const checked = checkedTypes ? new Set(checkedTypes) : undefined;
  for (const f of typed) {
    if (checked && !checked.has(f.dataType)) continue;
    const hit = gold.some((g) => g.type === f.dataType && overlaps(f.span, g));
    if (!hit) bucket(f.dataType).fp++;
  }
}
