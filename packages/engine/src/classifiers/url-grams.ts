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
