import { finish, hashPair, hashStep, hashString, SEED_CHAR, SEED_WORD } from "./hash.ts";
import { MENTION, type NormalWord } from "./normalise.ts";

/**
 * Hashed features of normalised words: the word itself, the pair it makes with the word
 * before, and its character 3- to 5-grams with word-boundary marks (so "fuckin" and
 * "fucking" share most of their evidence). Every feature belongs to one word, which is how
 * a score is explained word by word.
 */
export interface FeatureBuffer {
  count: number;
  buckets: Int32Array;
  /** Index of the word each feature belongs to. */
  wordOf: Int32Array;
}

export const MIN_GRAM = 3;
export const MAX_GRAM = 5;
/** Longer words (pasted hashes, run-together hashtags) contribute grams from their start only. */
const MAX_GRAM_CHARS = 24;
const BOUNDARY_START = 2;
const BOUNDARY_END = 3;

export function createFeatureBuffer(capacity = 1024): FeatureBuffer {
  return { count: 0, buckets: new Int32Array(capacity), wordOf: new Int32Array(capacity) };
}

function ensure(buffer: FeatureBuffer, extra: number): void {
  const need = buffer.count + extra;
  if (need <= buffer.buckets.length) return;
  let size = buffer.buckets.length * 2;
  while (size < need) size *= 2;
  const buckets = new Int32Array(size);
  buckets.set(buffer.buckets.subarray(0, buffer.count));
  const wordOf = new Int32Array(size);
  wordOf.set(buffer.wordOf.subarray(0, buffer.count));
  buffer.buckets = buckets;
  buffer.wordOf = wordOf;
}

export function featurise(words: readonly NormalWord[], bits: number, buffer: FeatureBuffer): FeatureBuffer {
  const mask = (1 << bits) - 1;
  buffer.count = 0;
  let previous = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!.text;
    ensure(buffer, 2 + 3 * (Math.min(word.length, MAX_GRAM_CHARS) + 2));
    const { buckets, wordOf } = buffer;
    let n = buffer.count;
    const h = hashString(SEED_WORD, word);
    buckets[n] = finish(h) & mask;
    wordOf[n++] = w;
    if (w > 0) {
      buckets[n] = finish(hashPair(previous, h)) & mask;
      wordOf[n++] = w;
    }
    previous = h;
    if (word.length > 2 && word !== MENTION) {
      const length = Math.min(word.length, MAX_GRAM_CHARS);
      const padded = length + 2;
      for (let from = 0; from + MIN_GRAM <= padded; from++) {
        let g = SEED_CHAR;
        const stop = Math.min(padded, from + MAX_GRAM);
        for (let to = from; to < stop; to++) {
          const code = to === 0 ? BOUNDARY_START : to === padded - 1 ? BOUNDARY_END : word.charCodeAt(to - 1);
          g = hashStep(g, code);
          if (to - from >= MIN_GRAM - 1) {
            buckets[n] = finish(g) & mask;
            wordOf[n++] = w;
          }
        }
      }
    }
    buffer.count = n;
  }
  return buffer;
}
