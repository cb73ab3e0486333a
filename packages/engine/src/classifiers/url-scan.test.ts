import { describe, expect, it } from "vitest";
import { findUrls, urlSpans } from "./url-scan.ts";

const found = (text: string) => findUrls(text).map((s) => text.slice(s.start, s.end));

describe("findUrls", () => {
  it("finds http, https and www links and trims trailing punctuation", () => {
    expect(found("See https://example.com/a?b=1. Or (www.test.org/x), http://t.co/abc!")).toEqual([
      "https://example.com/a?b=1",
      "www.test.org/x",
      "http://t.co/abc",
    ]);
  });
  it("ignores words that merely start like a link", () => {
    expect(found("http:// alone, awww.nice, whttp://x")).toEqual([]);
  });
  it("stays linear on a very long run", () => {
    const text = `http://${"a".repeat(500_000)}`;
    expect(findUrls(text)[0]!.end).toBeLessThanOrEqual(2048);
  });
});

describe("urlSpans", () => {
  it("gives the links of each text, remembered for the text just read", () => {
    const a = "see https://example.com/a now";
    const b = "www.test.org and http://t.co/x";
    expect(urlSpans(a)).toEqual(findUrls(a));
    expect(urlSpans(a)).toBe(urlSpans(a));
    expect(urlSpans(b)).toEqual(findUrls(b));
    expect(urlSpans("no links")).toEqual([]);
  });
  it("finds links that start anywhere after the first candidate", () => {
    expect(found("how. W.x Www.example.org/x")).toEqual(["Www.example.org/x"]);
    expect(found("a://b HTTPS://EXAMPLE.COM")).toEqual(["HTTPS://EXAMPLE.COM"]);
  });
});
