import { PERSON_THRESHOLD, W, type PersonName } from "./person-name.ts";

const LIST_JOINS = new Set([", ", " and ", " & ", ", and ", " or "]);

/** Two names with only a list join between them. */
function linked(text: string, a: PersonName | undefined, b: PersonName | undefined): boolean {
  return (
    a !== undefined && b !== undefined && b.start - a.end <= 6 && LIST_JOINS.has(text.slice(a.end, b.start))
  );
}

/** "Marrero and Murphy", "Eklund, Michael and Hodge": a word listed beside a person is likely one too. */
export function withListNeighbours(candidates: PersonName[], text: string): PersonName[] {
  if (candidates.length < 2) return candidates;
  const isPerson = candidates.map((c) => c.score >= PERSON_THRESHOLD);
  // Two sweeps carry the evidence along a list in either direction.
  for (let k = 1; k < candidates.length; k++) {
    if (
      !isPerson[k] &&
      isPerson[k - 1] &&
      linked(text, candidates[k - 1], candidates[k]) &&
      candidates[k]!.score + W.listedWithPerson >= PERSON_THRESHOLD
    ) {
      candidates[k]!.score += W.listedWithPerson;
      isPerson[k] = true;
    }
  }
  for (let k = candidates.length - 2; k >= 0; k--) {
    if (
      !isPerson[k] &&
      isPerson[k + 1] &&
      linked(text, candidates[k], candidates[k + 1]) &&
      candidates[k]!.score + W.listedWithPerson >= PERSON_THRESHOLD
    ) {
      candidates[k]!.score += W.listedWithPerson;
      isPerson[k] = true;
    }
  }
  return candidates;
}
