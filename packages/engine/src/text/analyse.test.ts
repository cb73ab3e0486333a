import { describe, expect, it } from "vitest";
import { analyse, analyseLazily } from "./analyse.ts";

const TEXTS = [
  "",
  "Call Jane on 07700 900123 or see https://malvern.gov.uk/bins.",
  "İstanbul’s MAYOR met the council’s Ünal #LocalNews",
  "a\u00a0b\u2019c 12:30 @x",
];

describe("a text's shared analysis", () => {
  for (const text of TEXTS) {
    it(`is the same scanned at once or when first asked: ${JSON.stringify(text.slice(0, 30))}`, () => {
      const atOnce = analyse(text);
      const lazy = analyseLazily(text);
      expect(lazy.tokens).toEqual(atOnce.tokens);
      expect(lazy.wordHashes).toEqual(atOnce.wordHashes);
      expect(lazy.digitTokens).toEqual(atOnce.digitTokens);
      expect(lazy.summary).toEqual(atOnce.summary);
      expect(lazy.lower).toBe(atOnce.lower);
      expect(atOnce.lower.length).toBe(text.length);
    });
  }
});
