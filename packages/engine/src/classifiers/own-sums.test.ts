import { describe, expect, it } from "vitest";
import { createFeatureBuffer, ownFeatures } from "./features.ts";
import { hashString, SEED_WORD } from "./hash.ts";
import { ownCount, ownSum, ownSumsAt } from "./own-sums.ts";

const BITS = 12;
// A packed table of four int8 weights per bucket, filled with a fixed pseudo-random sequence.
const table = Int32Array.from({ length: 1 << BITS }, (_, i) => Math.imul(i + 1, 0x9e3779b1) ^ (i << 7));

function expected(word: string): number[] {
  const { buckets, count } = ownFeatures(word, BITS, createFeatureBuffer(16));
  const sums = [0, 0, 0, 0];
  for (let i = 0; i < count; i++)
    for (let m = 0; m < 4; m++) sums[m]! += (table[buckets[i]!]! << (24 - 8 * m)) >> 24;
  return [...sums, count];
}

function remembered(word: string): number[] {
  const at = ownSumsAt(word, hashString(SEED_WORD, word), BITS, table);
  return [ownSum(at, 0), ownSum(at, 1), ownSum(at, 2), ownSum(at, 3), ownCount(at)];
}

describe("remembered own sums", () => {
  const words = ["a", "it's", "council", "abcdefgh", "abcdefghi", "ａｂｃ", "x".repeat(40), "@user", "<url>"];
  it("are the sums of the word's own features, first seen and seen again", () => {
    for (const word of words) expect(remembered(word)).toEqual(expected(word));
    for (const word of words) expect(remembered(word)).toEqual(expected(word));
  });
  it("tell apart words that share their first eight code units or their length", () => {
    expect(remembered("abcdefghij")).toEqual(expected("abcdefghij"));
    expect(remembered("abcdefghik")).toEqual(expected("abcdefghik"));
    expect(remembered("abcdefgi")).toEqual(expected("abcdefgi"));
  });
  it("stay right while words are forgotten and remembered again", () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 100_000; i++) remembered(`w${i}`);
      for (const word of words) expect(remembered(word)).toEqual(expected(word));
      for (let i = 99_000; i < 100_000; i++) expect(remembered(`w${i}`)).toEqual(expected(`w${i}`));
    }
  });

  it("stay right for a word used often while others come and go", () => {
    for (let i = 0; i < 20_000; i++) {
      expect(remembered("council")).toEqual(expected("council"));
      remembered(`w${i}`);
    }
  });
});
