import type { Finding } from "../types.ts";
import type { Counts } from "./types.ts";
import { emptyCounts } from "./score.ts";

/**
 * Text-level scoring: a text is flagged for a category when any finding has that category.
 * Counts are kept for every category seen on either side; the report keeps only those the
 * file labels, so a file about abuse is not charged for political findings.
 */
export function addClassificationRow(
  counts: Map<string, Counts>,
  gold: readonly string[],
  findings: readonly Finding[],
): void {
  const expected = new Set(gold);
  const flagged = new Set<string>(findings.map((f) => f.category));
  for (const category of new Set([...expected, ...flagged])) {
    let c = counts.get(category);
    if (!c) counts.set(category, (c = emptyCounts()));
    const isGold = expected.has(category);
    const isFlagged = flagged.has(category);
    if (isGold && isFlagged) c.tp++;
    else if (isGold) c.fn++;
    else c.fp++;
  }
}
