import { describe, expect, it } from "vitest";
import { scoreText, topWords } from "./text-scores.ts";

const ABUSIVE = "you are a useless idiot and a disgrace, useless idiot";

describe("text evidence", () => {
  it("names each word once, strongest first, at most the limit", () => {
    const scores = scoreText(ABUSIVE);
    const top = topWords(scores, "abuse");
    expect(top.length).toBeGreaterThan(0);
    expect(top.length).toBeLessThanOrEqual(3);
    expect(new Set(top.map((w) => w.text)).size).toBe(top.length);
    expect(topWords(scores, "abuse", 1)).toEqual(top.slice(0, 1));
  });

  it("is the same for scores kept while other texts were scored", () => {
    const scores = scoreText(ABUSIVE);
    const fresh = topWords(scores, "abuse");
    scoreText("The bins will be collected on Tuesday.");
    expect(topWords(scores, "abuse")).toEqual(fresh);
  });
});
