import { VOCABULARY } from "./terms/vocabulary.ts";

const MAX_WORD = 20;
const MAX_INPUT = 100;
/** Unknown stretches (place names, brand names) are allowed but cost more the longer they are. */
const unknownCost = (length: number) => 1 + 0.6 * length;

export interface Segmentation {
  words: string[];
  /** Letters covered by known words, out of all letters. */
  knownShare: number;
  knownWords: number;
}

/**
 * Splits a run of lower-case letters into words by dynamic programming over the vocabulary,
 * allowing unknown stretches of 3+ letters between known words. Quadratic in the word limit,
 * linear in the input, and inputs longer than a hashtag are refused.
 */
export function segmentWords(letters: string): Segmentation | undefined {
  const n = letters.length;
  if (n === 0 || n > MAX_INPUT) return undefined;
  // State per end position: best cost when the last piece was known [0] or unknown [1].
  const cost: [number, number][] = Array.from({ length: n + 1 }, () => [Infinity, Infinity]);
  const from: [number, number][] = Array.from({ length: n + 1 }, () => [-1, -1]);
  const prevState: [number, number][] = Array.from({ length: n + 1 }, () => [0, 0]);
  cost[0] = [0, Infinity];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const piece = letters.slice(start, end);
      const [known, unknown] = cost[start]!;
      const bestBefore = Math.min(known, unknown);
      if (bestBefore === Infinity) continue;
      const stateBefore = known <= unknown ? 0 : 1;
      if (VOCABULARY.has(piece)) {
        const c = bestBefore + (piece.length === 1 ? 2 : 1);
        if (c < cost[end]![0]) {
          cost[end]![0] = c;
          from[end]![0] = start;
          prevState[end]![0] = stateBefore;
        }
      }
      if (piece.length >= 3 && known < Infinity) {
        const c = known + unknownCost(piece.length);
        if (c < cost[end]![1]) {
          cost[end]![1] = c;
          from[end]![1] = start;
          prevState[end]![1] = 0;
        }
      }
    }
  }
  let state = cost[n]![0] <= cost[n]![1] ? 0 : 1;
  if (cost[n]![state] === Infinity) return undefined;
  const words: string[] = [];
  let knownLetters = 0;
  let knownWords = 0;
  for (let end = n; end > 0; ) {
    const start = from[end]![state]!;
    const piece = letters.slice(start, end);
    words.push(piece);
    if (state === 0) {
      knownLetters += piece.length;
      knownWords++;
    }
    state = prevState[end]![state]!;
    end = start;
  }
  words.reverse();
  return { words, knownShare: knownLetters / n, knownWords };
}
