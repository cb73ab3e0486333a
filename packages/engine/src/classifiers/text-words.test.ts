import { describe, expect, it } from "vitest";
import { isLoneUrl, textWords, URL_WORD } from "./text-words.ts";

const LONE = [
  "https://example.com/login?user=a b",
  "http://a.b/c.d.e.f",
  "www.x-y.co.uk/f/u/c/k/this",
  "HTTPS://EXAMPLE.ORG/@someone/$hit/f***",
];

describe("lone links", () => {
  it("are one link word over the whole text, as textWords reads them", () => {
    for (const text of LONE.map((t) => t.split(" ")[0]!)) {
      expect(isLoneUrl(text)).toBe(true);
      expect(textWords(text)).toEqual([{ text: URL_WORD, start: 0, end: text.length }]);
    }
  });

  it("are not texts with anything beside the link", () => {
    expect(isLoneUrl(LONE[0]!)).toBe(false);
    expect(isLoneUrl(" https://example.com")).toBe(false);
    expect(isLoneUrl("https://example.com.")).toBe(false);
    expect(isLoneUrl("see https://example.com")).toBe(false);
    expect(isLoneUrl("")).toBe(false);
    expect(isLoneUrl("no link here")).toBe(false);
  });
});
