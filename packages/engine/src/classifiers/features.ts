import { finish, hashPair, hashStep, hashString, SEED_CHAR, SEED_WORD } from "./hash.ts";
import { MENTION, type NormalWord } from "./normalise.ts";
import {
  CUE_CAMPAIGN,
  CUE_NEGATIVE,
  CUE_NEGATOR,
  CUE_PARTY,
  CUE_POLICY,
  CUE_THIRD,
  CUE_YOU,
  CUES,
} from "./text-cues.ts";
import { doubledCapacity, grownCopy } from "./grow.ts";

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
/** Class features (see text-cues.ts) and negation-scope copies of words hash from their own seed. */
const SEED_CUE = 0x68e31da4;
const SEED_NEGATED = 0x3c6ef372;
/** How many words a negator or a pronoun reaches ("not very good", "you are so useless"). */
const CUE_REACH = 3;
const CLASS_PARTY = 0;
const CLASS_CAMPAIGN = 1;
const CLASS_POLICY = 2;
const CLASS_NEGATIVE = 3;
const NEGATIVE_AT_YOU = 4;
const NEGATIVE_AT_THIRD = 5;
const NEGATED_NEGATIVE = 6;
const CUE_FEATURES = 7;

let cachedMask = -1;
let cachedCueBuckets = new Int32Array(CUE_FEATURES);

function cueBucketsFor(mask: number): Int32Array {
  if (mask !== cachedMask) {
    cachedCueBuckets = Int32Array.from(
      { length: CUE_FEATURES },
      (_, id) => finish(hashStep(SEED_CUE, id + 1)) & mask,
    );
    cachedMask = mask;
  }
  return cachedCueBuckets;
}

/**
 * Cue classes by the word's hash, which featurise computes anyway: an open-addressed table of
 * 32-bit keys, since most hashes fall outside the small-integer range a Map keys cheaply.
 */
const CUE_SLOTS = 1 << 11;
const cueKeys = new Int32Array(CUE_SLOTS);
const cueFlags = new Uint8Array(CUE_SLOTS);
for (const [word, flags] of CUES) {
  const h = hashString(SEED_WORD, word);
  let slot = finish(h) & (CUE_SLOTS - 1);
  while (cueFlags[slot] !== 0 && cueKeys[slot] !== h) slot = (slot + 1) & (CUE_SLOTS - 1);
  cueKeys[slot] = h;
  cueFlags[slot] = flags;
}

function cueFlagsOf(h: number): number {
  let slot = finish(h) & (CUE_SLOTS - 1);
  for (;;) {
    const flags = cueFlags[slot]!;
    if (flags === 0 || cueKeys[slot] === h) return flags;
    slot = (slot + 1) & (CUE_SLOTS - 1);
  }
}

/** The padded word being cut into character grams: boundary mark, codes, boundary mark. */
const padded = new Int32Array(MAX_GRAM_CHARS + 2);

export function createFeatureBuffer(capacity = 1024): FeatureBuffer {
  return { count: 0, buckets: new Int32Array(capacity), wordOf: new Int32Array(capacity) };
}

function ensure(buffer: FeatureBuffer, extra: number): void {
  const need = buffer.count + extra;
  if (need <= buffer.buckets.length) return;
  const size = doubledCapacity(buffer.buckets.length, need);
  buffer.buckets = grownCopy(buffer.buckets, buffer.count, size);
  buffer.wordOf = grownCopy(buffer.wordOf, buffer.count, size);
}

/** The word's character grams, appended from index n for word w; returns the new count. */
function appendGrams(
  word: string,
  w: number,
  mask: number,
  buckets: Int32Array,
  wordOf: Int32Array,
  n: number,
): number {
  if (word.length <= 2 || word === MENTION) return n;
  const length = Math.min(word.length, MAX_GRAM_CHARS);
  const size = length + 2;
  padded[0] = BOUNDARY_START;
  for (let i = 0; i < length; i++) padded[i + 1] = word.charCodeAt(i);
  padded[length + 1] = BOUNDARY_END;
  for (let from = 0; from + MIN_GRAM <= size; from++) {
    let g = hashStep(hashStep(SEED_CHAR, padded[from]!), padded[from + 1]!);
    const stop = Math.min(size, from + MAX_GRAM);
    for (let to = from + MIN_GRAM - 1; to < stop; to++) {
      g = hashStep(g, padded[to]!);
      buckets[n] = finish(g) & mask;
      wordOf[n++] = w;
    }
  }
  return n;
}

/**
 * The features that depend on the word alone (the word itself and its character grams), all
 * credited to word 0: what `featurise` emits for the word wherever it stands, so scoring can
 * remember them per word.
 */
export function ownFeatures(word: string, bits: number, buffer: FeatureBuffer): FeatureBuffer {
  const mask = (1 << bits) - 1;
  buffer.count = 0;
  ensure(buffer, 1 + 3 * (Math.min(word.length, MAX_GRAM_CHARS) + 2));
  buffer.buckets[0] = finish(hashString(SEED_WORD, word)) & mask;
  buffer.wordOf[0] = 0;
  buffer.count = appendGrams(word, 0, mask, buffer.buckets, buffer.wordOf, 1);
  return buffer;
}

/**
 * Also emits, per word, its classes from text-cues.ts; a negative word within reach of "you"
 * or of a third person, either side (credited to the negative word); and, within reach after a
 * negator, a negated copy of the word, so "not very good" differs from "very good". With
 * `own` false it leaves out what `ownFeatures` gives and emits only what depends on context.
 * Each word's hash (hashString from SEED_WORD) is written to `wordHashes` when given.
 */
export function featurise(
  words: readonly NormalWord[],
  bits: number,
  buffer: FeatureBuffer,
  own = true,
  wordHashes?: Int32Array,
): FeatureBuffer {
  const mask = (1 << bits) - 1;
  const cueBuckets = cueBucketsFor(mask);
  buffer.count = 0;
  let previous = 0;
  let lastNegator = -100;
  let lastYou = -100;
  let lastThird = -100;
  let lastNegative = -100;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!.text;
    ensure(buffer, 10 + 3 * (Math.min(word.length, MAX_GRAM_CHARS) + 2));
    const { buckets, wordOf } = buffer;
    let n = buffer.count;
    const h = hashString(SEED_WORD, word);
    if (wordHashes) wordHashes[w] = h;
    if (own) {
      buckets[n] = finish(h) & mask;
      wordOf[n++] = w;
    }
    if (w > 0) {
      buckets[n] = finish(hashPair(previous, h)) & mask;
      wordOf[n++] = w;
    }
    previous = h;
    const flags = cueFlagsOf(h);
    const negated = w - lastNegator <= CUE_REACH;
    if (negated && !(flags & CUE_NEGATOR)) {
      buckets[n] = finish(hashStep(h, SEED_NEGATED)) & mask;
      wordOf[n++] = w;
    }
    if (flags !== 0) {
      if (flags & CUE_PARTY) {
        buckets[n] = cueBuckets[CLASS_PARTY]!;
        wordOf[n++] = w;
      }
      if (flags & CUE_CAMPAIGN) {
        buckets[n] = cueBuckets[CLASS_CAMPAIGN]!;
        wordOf[n++] = w;
      }
      if (flags & CUE_POLICY) {
        buckets[n] = cueBuckets[CLASS_POLICY]!;
        wordOf[n++] = w;
      }
      if (flags & CUE_NEGATIVE) {
        buckets[n] = cueBuckets[CLASS_NEGATIVE]!;
        wordOf[n++] = w;
        if (negated) {
          buckets[n] = cueBuckets[NEGATED_NEGATIVE]!;
          wordOf[n++] = w;
        }
        if (w - lastYou <= CUE_REACH) {
          buckets[n] = cueBuckets[NEGATIVE_AT_YOU]!;
          wordOf[n++] = w;
        }
        if (w - lastThird <= CUE_REACH) {
          buckets[n] = cueBuckets[NEGATIVE_AT_THIRD]!;
          wordOf[n++] = w;
        }
        lastNegative = w;
      }
      // A pronoun after the negative word ("useless, all of them") credits that word.
      if (w - lastNegative <= CUE_REACH && w !== lastNegative) {
        if (flags & CUE_YOU && lastYou < lastNegative) {
          buckets[n] = cueBuckets[NEGATIVE_AT_YOU]!;
          wordOf[n++] = lastNegative;
        }
        if (flags & CUE_THIRD && lastThird < lastNegative) {
          buckets[n] = cueBuckets[NEGATIVE_AT_THIRD]!;
          wordOf[n++] = lastNegative;
        }
      }
      if (flags & CUE_NEGATOR) lastNegator = w;
      if (flags & CUE_YOU) lastYou = w;
      if (flags & CUE_THIRD) lastThird = w;
    }
    if (own) n = appendGrams(word, w, mask, buckets, wordOf, n);
    buffer.count = n;
  }
  return buffer;
}
