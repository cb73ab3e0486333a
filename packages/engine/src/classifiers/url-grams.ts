import { finish, hashStep, hashString, SEED_URL } from "./hash.ts";
import { ensureUrl, type UrlFeatureBuffer } from "./url-labels.ts";

/**
 * The link model's character grams: 3- to 5-grams of the start of the path and of the host,
 * between boundary marks, hashed in place from the seed of their family name without
 * building strings. They follow the labelled features in the buffer.
 */
export const PATH_GRAM = "path~";
const PATH_GRAM_SEED = hashString(SEED_URL, PATH_GRAM);
const PATH_GRAM_CHARS = 60;
export const HOST_GRAM = "host~";
const HOST_GRAM_SEED = hashString(SEED_URL, HOST_GRAM);
const HOST_GRAM_CHARS = 40;
/** Room for the grams of n marked codes: at most three lengths per start. */
const gramsOf = (n: number) => 3 * n + 3;

/** The string being cut into grams, as character codes with its boundary marks. */
const marked = new Int32Array(Math.max(PATH_GRAM_CHARS, HOST_GRAM_CHARS) + 2);
const START_MARK = 94;
const END_MARK = 36;

/** Copies the first `limit` codes of s after a start mark, and an end mark when asked; returns the length. */
function markedCodes(s: string, from: number, limit: number, endMark: boolean): number {
  const n = Math.min(s.length - from, limit);
  marked[0] = START_MARK;
  for (let i = 0; i < n; i++) marked[i + 1] = s.charCodeAt(from + i);
  if (!endMark) return n + 1;
  marked[n + 1] = END_MARK;
  return n + 2;
}

/** The 3- to 5-grams of the first `length` marked codes, hashed on from `seed`. */
function appendGrams(seed: number, length: number, value: number, buffer: UrlFeatureBuffer): void {
  ensureUrl(buffer, gramsOf(length));
  const { buckets, values, mask } = buffer;
  let n = buffer.count;
  for (let from = 0; from + 3 <= length; from++) {
    let h = hashStep(hashStep(seed, marked[from]!), marked[from + 1]!);
    const stop = Math.min(length, from + 5);
    for (let to = from + 2; to < stop; to++) {
      h = hashStep(h, marked[to]!);
      buckets[n] = finish(h) & mask;
      values[n++] = value;
    }
  }
  buffer.count = n;
}

/**
 * Character 3- to 5-grams of the start of the path catch kit names and mangled words
 * ("wp-admn", "secur1ty"). Hashed in place as "path~" + gram, without building strings.
 */
export function pathGrams(path: string, buffer: UrlFeatureBuffer): void {
  appendGrams(PATH_GRAM_SEED, markedCodes(path, 0, PATH_GRAM_CHARS, false), 1, buffer);
}

/**
 * The host's character grams count at a fraction of the other features: enough to recognise
 * kit-made names ("secure-paypa1-verify"), too little to condemn a site for being unfamiliar.
 */
export const HOST_GRAM_VALUE = 0.35;

export function hostGrams(host: string, buffer: UrlFeatureBuffer): void {
  const from = host.startsWith("www.") ? 4 : 0;
  appendGrams(HOST_GRAM_SEED, markedCodes(host, from, HOST_GRAM_CHARS, true), HOST_GRAM_VALUE, buffer);
}

/**
 * How many grams appendGrams makes of `length` marked codes: three per start, fewer in the
 * last two starts (3 codes make one gram, 4 make three, then three more per code).
 */
function gramCount(length: number): number {
  return length >= 4 ? 3 * length - 9 : length === 3 ? 1 : 0;
}

/** How many grams pathGrams appends for this path. */
export function pathGramCount(path: string): number {
  return gramCount(Math.min(path.length, PATH_GRAM_CHARS) + 1);
}

/** A link model's weights as the scorer reads them: bucket -> int8, int8 + 128 -> weight. */
export interface GramWeights {
  table: Int8Array;
  weightOf: Float32Array;
  mask: number;
}

/** The logit of a link being scored, and the sum of its path grams' weights, for the evidence. */
export interface GramSums {
  logit: number;
  path: number;
}

/**
 * Adds each path gram's weight * unit to sums.logit, and its weight to sums.path, gram by gram
 * in the order pathGrams lists them, so the floating-point result is the one a pass over the
 * stored buckets gives; no bucket is stored.
 */
export function weighPathGrams(path: string, w: GramWeights, unit: number, sums: GramSums): void {
  const { table, weightOf, mask } = w;
  const length = markedCodes(path, 0, PATH_GRAM_CHARS, false);
  let logit = sums.logit;
  let total = 0;
  for (let from = 0; from + 3 <= length; from++) {
    let h = hashStep(hashStep(PATH_GRAM_SEED, marked[from]!), marked[from + 1]!);
    const stop = Math.min(length, from + 5);
    for (let to = from + 2; to < stop; to++) {
      h = hashStep(h, marked[to]!);
      // A path gram's value is 1, and w * 1 is w exactly.
      const weight = weightOf[table[finish(h) & mask]! + 128]!;
      logit += weight * unit;
      total += weight;
    }
  }
  sums.logit = logit;
  sums.path = total;
}

/**
 * The weights of a host's grams, in the order hostGrams lists them, before HOST_GRAM_VALUE is
 * applied: what the host gives every link to it, so a scorer can keep them for the next link.
 */
export function hostGramWeights(host: string, w: GramWeights): Float32Array {
  const { table, weightOf, mask } = w;
  if (HOST_GRAM_VALUE <= 0) return new Float32Array(0);
  const length = markedCodes(host, host.startsWith("www.") ? 4 : 0, HOST_GRAM_CHARS, true);
  const out = new Float32Array(gramCount(length));
  let n = 0;
  for (let from = 0; from + 3 <= length; from++) {
    let h = hashStep(hashStep(HOST_GRAM_SEED, marked[from]!), marked[from + 1]!);
    const stop = Math.min(length, from + 5);
    for (let to = from + 2; to < stop; to++) {
      h = hashStep(h, marked[to]!);
      out[n++] = weightOf[table[finish(h) & mask]! + 128]!;
    }
  }
  return out;
}
