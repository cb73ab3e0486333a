import { createFeatureBuffer, ownFeatures } from "./features.ts";
import { finish } from "./hash.ts";

/**
 * A word's own features (the word and its character grams) are the same wherever it stands,
 * and most words of a text have been seen before, so the four text models' weight sums over
 * them and their count are remembered per word, in a table keyed by the word's hash and
 * checked against the word itself. The table is two-way set associative: a word can sit in
 * either slot of its set, the one used last first; a new word takes the first slot and the
 * older one is forgotten. Memory stays bounded, and words used often stay (half as many misses
 * as open addressing emptied when half full, over the evaluation texts).
 *
 * One slot is 32 bytes, so a look-up touches one cache line: the hash; the word's length (plus
 * one, so 0 marks an empty slot) with the feature count in the top byte; the four sums as
 * 16-bit halves; and the word's first eight UTF-16 code units, two to an integer, which settle
 * the comparison for most words without reading a string elsewhere in memory. Longer words
 * are also kept as strings and compared whole.
 */
const SLOTS = 1 << 16;
const SETS = SLOTS >> 1;
const STRIDE = 8;
const INLINE = 8;
const LENGTH_MASK = 0xffffff;
const slots = new Int32Array(SLOTS * STRIDE);
const longWords: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const ownBuffer = createFeatureBuffer(256);

/** Code units a and b of the word as one integer, 0 past its end. */
function unitPair(word: string, a: number): number {
  const n = word.length;
  return (a < n ? word.charCodeAt(a) : 0) | (a + 1 < n ? word.charCodeAt(a + 1) << 16 : 0);
}

/**
 * Sums of the packed int8 weights over the word's own features, one per model, and their count.
 * At most 1 + 3 * 26 features of at most 128 each: the sums fit in 16 bits.
 */
function remember(word: string, h: number, at: number, bits: number, table: Int32Array): void {
  const { buckets, count } = ownFeatures(word, bits, ownBuffer);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < count; i++) {
    const p = table[buckets[i]!]!;
    s0 += (p << 24) >> 24;
    s1 += (p << 16) >> 24;
    s2 += (p << 8) >> 24;
    s3 += p >> 24;
  }
  slots[at] = h;
  slots[at + 1] = (count << 24) | (Math.min(word.length, LENGTH_MASK - 1) + 1);
  slots[at + 2] = (s0 & 0xffff) | (s1 << 16);
  slots[at + 3] = (s2 & 0xffff) | (s3 << 16);
  for (let k = 0; k < INLINE / 2; k++) slots[at + 4 + k] = unitPair(word, 2 * k);
}

/** Whether the slot at `at` holds the word, whose hash and stored length are known to match. */
function holds(at: number, slot: number, word: string): boolean {
  if (word.length > INLINE) return longWords[slot] === word;
  for (let k = 0; k < INLINE / 2; k++) if (slots[at + 4 + k] !== unitPair(word, 2 * k)) return false;
  return true;
}

/** Whether the slot holds the word, of the given hash and stored length. */
function isAt(slot: number, word: string, h: number, length: number): boolean {
  const at = slot * STRIDE;
  return (slots[at + 1]! & LENGTH_MASK) === length && slots[at] === h && holds(at, slot, word);
}

/** Swaps the two slots of the set starting at slot `first`. */
function swapSet(first: number): void {
  const a = first * STRIDE;
  for (let k = 0; k < STRIDE; k++) {
    const t = slots[a + k]!;
    slots[a + k] = slots[a + STRIDE + k]!;
    slots[a + STRIDE + k] = t;
  }
  const word = longWords[first];
  longWords[first] = longWords[first + 1];
  longWords[first + 1] = word;
}

/**
 * Where the word's remembered sums start (read them with `ownSum` and `ownCount`), worked out
 * on first sight from the packed weight table of the given hash size. h is the word's hash
 * from SEED_WORD, which the featuriser has worked out already. The word is left in the first
 * slot of its set, as the one used last.
 */
export function ownSumsAt(word: string, h: number, bits: number, table: Int32Array): number {
  const length = Math.min(word.length, LENGTH_MASK - 1) + 1;
  const first = (finish(h) & (SETS - 1)) << 1;
  const at = first * STRIDE;
  if (isAt(first, word, h, length)) return at;
  // Found in the second slot, or not at all: the first slot's word moves to the second.
  const found = isAt(first + 1, word, h, length);
  swapSet(first);
  if (found) return at;
  remember(word, h, at, bits, table);
  longWords[first] = word.length > INLINE ? word : undefined;
  return at;
}

/** Model m's remembered sum at `at`. */
export function ownSum(at: number, m: number): number {
  const packed = slots[at + 2 + (m >> 1)]!;
  return m & 1 ? packed >> 16 : (packed << 16) >> 16;
}

/** How many own features the word at `at` has. */
export function ownCount(at: number): number {
  return slots[at + 1]! >>> 24;
}
