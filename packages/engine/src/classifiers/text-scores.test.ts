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

describe("a lone link", () => {
  it("scores as the same link read with the words around it", () => {
    for (const link of ["https://example.com/login", "www.paypal-verify.co/account"]) {
      for (let k = 0; k < 2; k++) {
        const lone = scoreText(link);
        const padded = scoreText(` ${link} `);
        expect(lone.words).toEqual([{ text: "<url>", start: 0, end: link.length }]);
        expect(lone.byModel).toEqual(padded.byModel);
        for (const id of ["abuse", "hate", "political", "disparagement"] as const) {
          const evidence = topWords(lone, id).map((w) => w.text);
          expect(evidence).toEqual(topWords(padded, id).map((w) => w.text));
          scoreText(ABUSIVE);
          expect(topWords(lone, id).map((w) => w.text)).toEqual(evidence);
        }
      }
    }
  });
});
