import { describe, expect, it } from "vitest";
import { WordFilter } from "./word-filter.ts";

describe("WordFilter", () => {
  const words = ["ann", "bob", "x", "", "élodie", "o'neil", "a much longer entry"];
  const filter = new WordFilter(words);

  it("never rules out a word it was given", () => {
    for (const w of words) expect(filter.mayHave(w)).toBe(true);
  });

  it("rules out most other words", () => {
    const others = Array.from({ length: 1000 }, (_, k) => `w${k}x${k * 7}`);
    expect(others.filter((w) => filter.mayHave(w)).length).toBeLessThan(20);
  });
});
