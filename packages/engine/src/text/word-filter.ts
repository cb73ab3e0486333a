/**
 * A one-sided test for "might this word be in the set?": one bit per word hash in an 8 KB
 * table. No means no; yes means ask the real set. Most words of a text are in no word list,
 * and the shared text scan has already hashed every token, so the test reads one bit.
 */
import { UNKNOWN_HASH, wordHash } from "./word-hash.ts";

const BITS = 1 << 16;

export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);
  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    // A listed word the hash cannot cover needs no bit: unhashed tokens always pass.
    const h = wordHash(word);
    if (h !== UNKNOWN_HASH) this.bits[(h & (BITS - 1)) >>> 5]! |= 1 << (h & 31);
  }

  mayHave(word: string): boolean {
    return this.mayHaveHash(wordHash(word));
  }

  /** The same test for a token's hash from the text scan (`AnalysedText.wordHashes`). */
  mayHaveHash(h: number): boolean {
    // Some non-ASCII letters lower-case to ASCII ("K", the Kelvin sign), so an unhashed token may be listed.
    if (h === UNKNOWN_HASH) return true;
    return (this.bits[(h & (BITS - 1)) >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
