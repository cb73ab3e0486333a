import { describe, expect, it } from "vitest";
import { scanLinks } from "./url-scanner.ts";

const written = (text: string) => scanLinks(text).map((l) => text.slice(l.start, l.end));

describe("scanLinks", () => {
  it("finds scheme, www and bare links with exact spans, leaving trailing punctuation out", () => {
    const text =
      "See https://www.malvern-tc.gov.uk/bins?x=1. Or www.example.org, or bit.ly/3abc! (tinyurl.com/x)";
    expect(written(text)).toEqual([
      "https://www.malvern-tc.gov.uk/bins?x=1",
      "www.example.org",
      "bit.ly/3abc",
      "tinyurl.com/x",
    ]);
  });
  it("splits host, path and user info", () => {
    const [link] = scanLinks("go to http://paypal.com@evil.example.com:8080/login now");
    expect(link).toMatchObject({
      scheme: "http",
      host: "evil.example.com",
      path: "/login",
      hasUserInfo: true,
    });
  });
  it("reads IPv6 hosts in brackets", () => {
    expect(scanLinks("http://[2001:db8::1]/x")[0]!.host).toBe("2001:db8::1");
  });
  it("ignores email addresses, abbreviations, file names and sentence joins", () => {
    expect(
      written("Mail jane@gmail.com, e.g. report.pdf, No.5, the end.It was 3.5m wide, i.e. fine"),
    ).toEqual([]);
  });
  it("needs a path before a word-like TLD counts", () => {
    expect(written("go.to the meeting; shorturl.at/abc")).toEqual(["shorturl.at/abc"]);
  });
  it("finds a link glued to text before it", () => {
    expect(written("info:https://example.com/a")).toEqual(["https://example.com/a"]);
  });
  it("finds unicode hosts", () => {
    expect(scanLinks("pаypal.com/login")[0]!.host).toBe("pаypal.com");
  });
  it("is linear on hostile input", () => {
    const inputs = [
      "a".repeat(1_000_000),
      ".".repeat(1_000_000),
      "a.".repeat(500_000),
      "http://".repeat(150_000),
      "x ://".repeat(200_000),
      "\ud800".repeat(1_000_000),
      "\u0000\u0007".repeat(500_000),
      "www.a".repeat(200_000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      scanLinks(text);
      expect(performance.now() - t0, JSON.stringify(text.slice(0, 10))).toBeLessThan(1500);
    }
  });
});
