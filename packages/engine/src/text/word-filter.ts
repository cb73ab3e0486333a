/**
 * A one-sided test for "might this word be in the set?": one bit per hash of the word's
 * length and three of its letters, in an 8 KB table. No means no; yes means ask the real set.
 * Most words of a text are in no word list, and this answers them without hashing the string.
 */
const BITS = 1 << 16;

function slot(word: string): number {
  const n = word.length;
  const mix =
    (n * 0x9e37) ^
    (word.charCodeAt(0) * 0x3c5) ^
    (word.charCodeAt(1) * 0x1f3d) ^
    (word.charCodeAt(n - 1) * 0x2b7);
  return mix & (BITS - 1);
}

export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const k = slot(word);
    this.bits[k >>> 5]! |= 1 << (k & 31);
  }

  mayHave(word: string): boolean {
    const k = slot(word);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
