import { describe, expect, it } from "vitest";
import { ListedWords } from "./listed-words.ts";

const SEED = 0x1234567;
const lists = new ListedWords(SEED, [
  [new Set(["login", "verify", "paypal"]), 1],
  [new Set(["paypal", "apple"]), 2],
]);
const flagsIn = (s: string, from: number, to: number) =>
  lists.flagsOf(lists.hashOf(s, from, to), s, from, to);

describe("listed words read in place", () => {
  it("finds a word inside a longer string by its range", () => {
    expect(flagsIn("/secure/login.php", 8, 13)).toBe(1);
    expect(flagsIn("/apple/", 1, 6)).toBe(2);
  });
  it("gives every flag of a word on several lists", () => {
    expect(flagsIn("paypal", 0, 6)).toBe(3);
  });
  it("gives 0 for words on no list, and for parts or extensions of listed words", () => {
    expect(flagsIn("/logins/", 1, 7)).toBe(0);
    expect(flagsIn("/logi/", 1, 5)).toBe(0);
    expect(flagsIn("council", 0, 7)).toBe(0);
  });
  it("checks the word itself, not only its hash", () => {
    expect(lists.flagsOf(lists.hashOf("login", 0, 5), "logim", 0, 5)).toBe(0);
  });
});
