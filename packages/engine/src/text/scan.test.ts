import { describe, expect, it } from "vitest";
import { scanText } from "./scan.ts";
import { summarise } from "./summary.ts";
import { tokenize } from "./tokenize.ts";
import { UNKNOWN_HASH, wordHash } from "./word-hash.ts";

const SAMPLES = [
  "",
  "Mail jo@x.org: 07700 900123 #Malvern https://a.b/c é",
  "Don't say council’s or O’Neil's 'quoted' ’tis",
  "ÉLODIE Łukasz straße İstanbul \u212Aelvin 😀 x\uD800y",
  "  trailing' apostrophe’ and 3pm, 2nd: 12kg/5.5\n\tnew line",
];

describe("scanText", () => {
  it("gives the tokens tokenize() gives and the counts summarise() gives", () => {
    for (const text of SAMPLES) {
      const scan = scanText(text);
      expect(scan.tokens).toEqual(tokenize(text));
      expect(scan.summary).toEqual(summarise(text));
      expect(scan.wordHashes).toHaveLength(scan.tokens.length);
    }
  });

  it("hashes each token as wordHash hashes its lower case, and leaves other scripts unhashed", () => {
    const scan = scanText("Mary O’Neil's DON'T café 42b");
    expect(scan.wordHashes).toEqual([
      wordHash("mary"),
      wordHash("o'neil's"),
      wordHash("don't"),
      UNKNOWN_HASH,
      wordHash("42b"),
    ]);
    expect(wordHash("o’neil's")).toBe(wordHash("o'neil's"));
  });

  it("agrees with tokenize() and summarise() on every code unit up to U+0200 and the quote marks", () => {
    let text = "";
    for (let c = 0; c < 0x200; c++) text += `a${String.fromCharCode(c)}b `;
    text += "a’b a\u2019 \u2019b";
    const scan = scanText(text);
    expect(scan.tokens).toEqual(tokenize(text));
    expect(scan.summary).toEqual(summarise(text));
  });
});

describe("scanText digit tokens", () => {
  it("lists the tokens that hold an ASCII digit", () => {
    const scan = scanText("born on 12 March in flat 3b, ０ full-width and 4’s");
    expect(scan.digitTokens.map((k) => scan.tokens[k]!.text)).toEqual(["12", "3b", "4’s"]);
  });
});
