import { describe, expect, it } from "vitest";
import { tokenize } from "../../text/tokenize.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";

describe("PhraseMatcher", () => {
  const matcher = new PhraseMatcher<string>([
    ["vote for", "a"],
    ["vote", "b"],
    ["rumour has it", "c"],
    ["I don't know", "d"],
  ]);
  const run = (text: string) =>
    matcher.match(tokenize(text)).map((m) => [m.value, text.slice(m.start, m.end)]);

  it("finds overlapping phrases with their spans, ignoring case and punctuation", () => {
    expect(run("Please VOTE, for real. Rumour  has it!")).toEqual([
      ["b", "VOTE"],
      ["a", "VOTE, for"],
      ["c", "Rumour  has it"],
    ]);
  });
  it("treats typographic and plain apostrophes alike", () => {
    expect(run("I don\u2019t know")).toEqual([["d", "I don\u2019t know"]]);
  });
  it("does not match a phrase cut short by the end of the text", () => {
    expect(run("rumour has")).toEqual([]);
  });
  it("stays fast on a megabyte of one repeated word", () => {
    const text = "vote ".repeat(200_000);
    const t0 = performance.now();
    expect(matcher.match(tokenize(text)).length).toBe(200_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
