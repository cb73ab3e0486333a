/**
 * A 30-bit hash of a word's lookup key (lower case, "’" read as "'"), computed by the text scan
 * as it reads each token, so word lists can rule a token out without touching its string.
 * Words with other non-ASCII letters get UNKNOWN_HASH: their lower case is not a per-unit map.
 */
export const UNKNOWN_HASH = -1;

const OFFSET = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

export const hashStart = (): number => OFFSET;

/** One step over a code unit already in key form (lower-case ASCII or "'"). */
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, PRIME);

/**
 * Never negative, so it cannot be confused with UNKNOWN_HASH, and under 2^30, so V8 keeps it
 * a small integer: an array of them holds no boxed numbers.
 */
export const hashEnd = (h: number): number => (h ^ (h >>> 15)) & 0x3fffffff;

/** The hash of a word as a list holds it, the same value the scan gives a token with that key. */
export function wordHash(word: string): number {
  let h = OFFSET;
  for (let k = 0; k < word.length; k++) {
    let c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    else if (c > 127) return UNKNOWN_HASH;
    h = hashStep(h, c);
  }
  return hashEnd(h);
}
