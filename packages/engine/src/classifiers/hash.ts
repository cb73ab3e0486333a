/**
 * FNV-1a style hashing over UTF-16 code units. Each feature family starts from its own seed so
 * "ab" as a word and "ab" as a character n-gram land in different buckets.
 */
export const FNV_PRIME = 16777619;

export const SEED_WORD = 0x811c9dc5;
export const SEED_BIGRAM = 0x2f8d41b7;
export const SEED_CHAR = 0x5bd1e995;
export const SEED_URL = 0x1b873593;

export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

export function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** Mixes two word hashes into a bigram hash; order matters. */
export function hashPair(a: number, b: number): number {
  let h = hashStep(SEED_BIGRAM, a & 0xffff);
  h = hashStep(h, a >>> 16);
  h = hashStep(h, b & 0xffff);
  return hashStep(h, b >>> 16);
}

/** Final avalanche so low bits are usable as a bucket index. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
