import { describe, expect, it } from "vitest";
import { VOCABULARY } from "./terms/vocabulary.ts";
import { VocabularyTrie } from "./vocabulary-trie.ts";

/** The lengths of known words at `start`, as the trie reports them, found by slicing instead. */
function lengthsBySlicing(letters: string, start: number, max: number): number {
  let mask = 0;
  for (let length = 1; length <= max && start + length <= letters.length; length++)
    if (VOCABULARY.has(letters.slice(start, start + length))) mask |= 1 << (length - 1);
  return mask;
}

describe("VocabularyTrie", () => {
  const trie = new VocabularyTrie(VOCABULARY);

  it("reports the words a substring lookup finds, at every start", () => {
    const text = "floodwarningmalvernthecouncilmeetingtonightrecyclingbinsareoutzz";
    for (let start = 0; start < text.length; start++)
      expect(trie.wordLengthsAt(text, start, 20)).toBe(lengthsBySlicing(text, start, 20));
  });

  it("stops at characters outside a-z and at the length limit", () => {
    expect(trie.wordLengthsAt("the-council", 0, 20)).toBe(lengthsBySlicing("the", 0, 20));
    expect(trie.wordLengthsAt("council", 0, 3)).toBe(lengthsBySlicing("council", 0, 3));
  });

  it("refuses words it cannot hold", () => {
    expect(() => new VocabularyTrie(["don't"])).toThrow(/a-z/);
  });
});
