import { describe, expect, it } from "vitest";
import { MENTION, normaliseWords, type Lexicon } from "./normalise.ts";

const lexicon: Lexicon = {
  has: (w) => ["fuck", "shit", "ass"].includes(w),
  ofLength: (n) => ["fuck", "shit", "ass"].filter((w) => w.length === n),
};
const words = (text: string, lex?: Lexicon) => normaliseWords(text, lex).map((w) => w.text);

describe("normaliseWords", () => {
  it("lower-cases and splits on punctuation, keeping spans", () => {
    const out = normaliseWords("Hello, World!");
    expect(out).toEqual([
      { text: "hello", start: 0, end: 5 },
      { text: "world", start: 7, end: 12 },
    ]);
  });
  it("folds fullwidth, accented and look-alike letters", () => {
    expect(words("ｆｕｃｋ")).toEqual(["fuck"]);
    expect(words("café naïve")).toEqual(["cafe", "naive"]);
    expect(words("ѕhіt")).toEqual(["shit"]); // Cyrillic s and i
    expect(words("𝐟𝐮𝐜𝐤")).toEqual(["fuck"]);
  });
  it("drops zero-width characters and combining marks without splitting the word", () => {
    expect(words("f\u200buck")).toEqual(["fuck"]);
    expect(words("s\u00adh\u200di\u0301t")).toEqual(["shit"]);
  });
  it("reads leetspeak inside words but leaves numbers alone", () => {
    expect(words("sh1t 5hit $hit")).toEqual(["shit", "shit", "shit"]);
    expect(words("call 0800 80 70 60")).toEqual(["call", "0800", "80", "70", "60"]);
  });
  it("strips punctuation around words", () => {
    expect(words("fuck!!! 'quoted'")).toEqual(["fuck", "quoted"]);
  });
  it("turns mentions into one placeholder but reads @ss as a word", () => {
    expect(words("@mayasolovely hi")).toEqual([MENTION, "hi"]);
    expect(words("@ss", lexicon)).toEqual(["ass"]);
  });
  it("keeps hashtag words without the #", () => {
    expect(words("#StormAlex")).toEqual(["stormalex"]);
  });
  it("collapses stretched letters to two, or one when that is a known word", () => {
    expect(words("coooool")).toEqual(["cool"]);
    expect(words("fuuuuck", lexicon)).toEqual(["fuck"]);
    expect(words("fuuuuck")).toEqual(["fuuck"]);
  });
  it("reads stretching across upper and lower case, and not in trailing apostrophes", () => {
    expect(words("COOOOL CoOoOl WoOorld")).toEqual(["cool", "cool", "woorld"]);
    expect(words("HeLLo rock'n'roll gone'''")).toEqual(["hello", "rock'n'roll", "gone"]);
  });
  it("fills masked letters from the lexicon", () => {
    expect(words("f*ck f**k sh*t f***", lexicon)).toEqual(["fuck", "fuck", "shit", "fuck"]);
    expect(words("f*ck")).toEqual(["f*ck"]);
  });
  it("joins spaced-out letters", () => {
    const out = normaliseWords("you f u c k off");
    expect(out.map((w) => w.text)).toEqual(["you", "fuck", "off"]);
    expect(out[1]).toMatchObject({ start: 4, end: 11 });
    expect(words("f.u.c.k")).toEqual(["fuck"]);
    expect(words("s h 1 t")).toEqual(["shit"]);
    expect(words("a b")).toEqual(["a", "b"]);
  });
  it("treats emoji as words of their own", () => {
    expect(words("great😂job")).toEqual(["great", "😂", "job"]);
  });
  it("stays linear on long hostile input", () => {
    const hostile = "a".repeat(200_000) + "*".repeat(100_000) + " x".repeat(100_000);
    const started = performance.now();
    normaliseWords(hostile, lexicon);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
