import { describe, expect, it } from "vitest";
import { createFeatureBuffer, featurise, ownFeatures } from "./features.ts";
import { textWords } from "./text-words.ts";

const BITS = 18;

function buckets(text: string): { all: Set<number>; byWord: Map<number, Set<number>> } {
  const buffer = featurise(textWords(text), BITS, createFeatureBuffer(16));
  const all = new Set<number>();
  const byWord = new Map<number, Set<number>>();
  for (let i = 0; i < buffer.count; i++) {
    all.add(buffer.buckets[i]!);
    const set = byWord.get(buffer.wordOf[i]!) ?? new Set<number>();
    set.add(buffer.buckets[i]!);
    byWord.set(buffer.wordOf[i]!, set);
  }
  return { all, byWord };
}

const only = (a: Set<number>, b: Set<number>) => [...a].filter((x) => !b.has(x));

describe("text features", () => {
  it("grows its buffer for long texts and keeps every feature tied to a word", () => {
    const text = "council ".repeat(500);
    const buffer = featurise(textWords(text), BITS, createFeatureBuffer(16));
    expect(buffer.count).toBeGreaterThan(500);
    for (let i = 0; i < buffer.count; i++) expect(buffer.wordOf[i]).toBeLessThan(500);
  });

  it("gives parties on both sides of the Atlantic a shared class feature", () => {
    const tory = buckets("tory");
    const republican = buckets("republican");
    const library = buckets("library");
    const shared = [...tory.all].filter((b) => republican.all.has(b));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.some((b) => library.all.has(b))).toBe(false);
  });

  it("marks words within reach of a negator", () => {
    const negated = buckets("not very good").byWord.get(2)!;
    const plain = buckets("so very good").byWord.get(2)!;
    expect(only(negated, plain).length).toBeGreaterThan(0);
    const far = buckets("not that it was ever good").byWord.get(5)!;
    const farPlain = buckets("and that it was ever good").byWord.get(5)!;
    expect(only(far, farPlain)).toEqual([]);
  });

  it("credits a negative word aimed at a person, whichever side the pronoun stands", () => {
    const before = buckets("you are useless").byWord.get(2)!;
    const after = buckets("useless, all of them").byWord.get(0)!;
    const alone = buckets("useless").byWord.get(0)!;
    expect(only(before, alone).length).toBeGreaterThan(0);
    expect(only(after, alone).length).toBeGreaterThan(0);
  });
});

describe("own and context features", () => {
  it("together are exactly what featurise emits for each word", () => {
    const words = textWords("You are not a useless idiot, they said; f***ing @someone see www.x.co/login");
    const all = featurise(words, BITS, createFeatureBuffer(16));
    const byWord = (buffer: { count: number; buckets: Int32Array; wordOf: Int32Array }) =>
      words.map((_, w) =>
        [...buffer.buckets.subarray(0, buffer.count)].filter((_, i) => buffer.wordOf[i] === w).sort(),
      );
    const context = byWord(featurise(words, BITS, createFeatureBuffer(16), false));
    const own = createFeatureBuffer(16);
    const combined = words.map((word, w) =>
      [...context[w]!, ...ownFeatures(word.text, BITS, own).buckets.subarray(0, own.count)].sort(),
    );
    expect(combined).toEqual(byWord(all));
  });
});
