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

describe("a text with no words of its author's", () => {
  it("is not scored: links and mentions alone say nothing a model could judge", () => {
    for (const text of [
      "https://example.com/login",
      " www.paypal-verify.co/account ",
      "@someone https://example.com/a",
      "@someone @another",
    ]) {
      const scores = scoreText(text);
      for (const id of ["abuse", "hate", "political", "disparagement"] as const) {
        expect(scores.byModel[id].probability).toBe(0);
        expect(topWords(scores, id)).toEqual([]);
      }
    }
  });

  it("still scores the words beside a link", () => {
    const link = "https://example.com/a";
    const alone = scoreText("Republicans voted to repeal Obamacare again. Shameful.").byModel.political
      .probability;
    const withLink = scoreText(`Republicans voted to repeal Obamacare again. Shameful. ${link}`).byModel
      .political.probability;
    expect(alone).toBeGreaterThan(0.5);
    expect(withLink).toBeGreaterThan(0.5);
  });
});
