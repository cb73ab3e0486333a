import { VOCABULARY } from "./terms/vocabulary.ts";
import { VocabularyTrie } from "./vocabulary-trie.ts";

const MAX_WORD = 20;
const MAX_INPUT = 100;
/** Unknown stretches (place names, brand names) are allowed but cost more the longer they are. */
const unknownCost = (length: number) => 1 + 0.6 * length;

let trie: VocabularyTrie | undefined;

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
  // Per end position and state of the last piece (0 known, 1 unknown): best cost, where it began, state before.
  const size = (n + 1) * 2;
  const cost = new Float64Array(size).fill(Infinity);
  const from = new Int32Array(size).fill(-1);
  const prevState = new Uint8Array(size);
  // Per start, a bit for each length of known word beginning there: one trie walk per start.
  const knownAt = knownWordLengths(letters);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const known = cost[start * 2]!;
      const unknown = cost[start * 2 + 1]!;
      const bestBefore = Math.min(known, unknown);
      if (bestBefore === Infinity) continue;
      const length = end - start;
      if (((knownAt[start]! >>> (length - 1)) & 1) === 1) {
        const c = bestBefore + (length === 1 ? 2 : 1);
        if (c < cost[end * 2]!) {
          cost[end * 2] = c;
          from[end * 2] = start;
          prevState[end * 2] = known <= unknown ? 0 : 1;
        }
      }
      if (length >= 3 && known < Infinity) {
        const c = known + unknownCost(length);
        if (c < cost[end * 2 + 1]!) {
          cost[end * 2 + 1] = c;
          from[end * 2 + 1] = start;
          prevState[end * 2 + 1] = 0;
        }
      }
    }
  }
  let state = cost[n * 2]! <= cost[n * 2 + 1]! ? 0 : 1;
  if (cost[n * 2 + state] === Infinity) return undefined;
  const words: string[] = [];
  let knownLetters = 0;
  let knownWords = 0;
  for (let end = n; end > 0;) {
    const start = from[end * 2 + state]!;
    const piece = letters.slice(start, end);
    words.push(piece);
    if (state === 0) {
      knownLetters += piece.length;
      knownWords++;
    }
    state = prevState[end * 2 + state]!;
    end = start;
  }
  words.reverse();
  return { words, knownShare: knownLetters / n, knownWords };
}

function knownWordLengths(letters: string): Int32Array {
  trie ??= new VocabularyTrie(VOCABULARY);
  const n = letters.length;
  const lengths = new Int32Array(n);
  for (let start = 0; start < n; start++) lengths[start] = trie.wordLengthsAt(letters, start, MAX_WORD);
  return lengths;
}
