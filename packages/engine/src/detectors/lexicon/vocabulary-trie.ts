/**
 * The vocabulary as a trie over the letters a-z, so the segmenter learns every known word that
 * starts at a position in one walk, instead of slicing and hashing each candidate substring.
 */
const LETTERS = 26;

export class VocabularyTrie {
  /** Child node per node and letter (0: none; the root is node 0, so no child is). */
  private readonly children: Int32Array;
  private readonly isWord: Uint8Array;

  constructor(words: Iterable<string>) {
    const list = [...words];
    const outside = list.find((w) => !/^[a-z]+$/.test(w));
    if (outside !== undefined) throw new Error(`Vocabulary words are written in a-z only: "${outside}"`);
    let capacity = 1;
    for (const w of list) capacity += w.length;
    const children = new Int32Array(capacity * LETTERS);
    const isWord = new Uint8Array(capacity);
    let nodes = 1;
    for (const w of list) {
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const slot = node * LETTERS + (w.charCodeAt(k) - 97);
        if (children[slot] === 0) children[slot] = nodes++;
        node = children[slot]!;
      }
      isWord[node] = 1;
    }
    this.children = children.slice(0, nodes * LETTERS);
    this.isWord = isWord.slice(0, nodes);
  }

  /**
   * Bit L-1 set for each known word of length L (1..maxLength, at most 31) that starts at
   * `start` in `letters`; the walk stops at the first character outside a-z.
   */
  wordLengthsAt(letters: string, start: number, maxLength: number): number {
    let mask = 0;
    let node = 0;
    const stop = Math.min(letters.length, start + maxLength);
    for (let k = start; k < stop; k++) {
      const c = letters.charCodeAt(k) - 97;
      if (c < 0 || c >= LETTERS) break;
      node = this.children[node * LETTERS + c]!;
      if (node === 0) break;
      if (this.isWord[node] === 1) mask |= 1 << (k - start);
    }
    return mask;
  }
}
