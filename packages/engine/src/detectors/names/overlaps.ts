/** Drops the spans that overlap any of `others`; both lists are in text order, so one sweep does it. */
export function withoutOverlaps<T extends { start: number; end: number }>(
  spans: T[],
  others: readonly { start: number; end: number }[],
): T[] {
  if (others.length === 0) return spans;
  const kept: T[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < others.length && others[k]!.end <= s.start) k++;
    let overlaps = false;
    for (let j = k; j < others.length && others[j]!.start < s.end; j++) {
      if (others[j]!.end > s.start) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push(s);
  }
  return kept;
}
