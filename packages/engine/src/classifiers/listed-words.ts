import { hashStep } from "./hash.ts";

/**
 * Which word lists a word read in place from a longer string is on, without slicing it out:
 * an open-addressed table keyed by the word's hash from a given seed (the hash its feature
 * label needs anyway), each hit checked against the listed word itself.
 */
export class ListedWords {
  private readonly hashes: Int32Array;
  private readonly words: string[];
  private readonly flags: Uint8Array;
  private readonly mask: number;

  /** Each list with the flag its words carry. */
  constructor(
    private readonly seed: number,
    lists: readonly (readonly [ReadonlySet<string>, number])[],
  ) {
    const byWord = new Map<string, number>();
    for (const [list, flag] of lists) for (const w of list) byWord.set(w, (byWord.get(w) ?? 0) | flag);
    let size = 16;
    while (size < byWord.size * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string>(size).fill("");
    this.flags = new Uint8Array(size);
    for (const [word, flag] of byWord) {
      const h = this.hashOf(word, 0, word.length);
      let slot = h & this.mask;
      while (this.flags[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = h;
      this.words[slot] = word;
      this.flags[slot] = flag;
    }
  }

  hashOf(s: string, from: number, to: number): number {
    let h = this.seed;
    for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
    return h;
  }

  /** The flags of s[from, to), whose hash from the seed is h; 0 when it is on no list. */
  flagsOf(h: number, s: string, from: number, to: number): number {
    for (let slot = h & this.mask; this.flags[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== h) continue;
      const word = this.words[slot]!;
      if (word.length === to - from && s.startsWith(word, from)) return this.flags[slot]!;
    }
    return 0;
  }
}
