import type { Token } from "../../text/tokenize.ts";
import { foldName } from "./fold.ts";
import { SURNAME_SUFFIXES } from "./lexicon.ts";

/** How words and their surroundings look: capitals, possessives, family-name endings, sentence and line starts. */

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** "Yefremova's" is looked up as "yefremova": the length of a possessive ending, 0 or 2. */
export function possessiveLength(w: string): number {
  const n = w.length;
  if (n <= 2 || w.charCodeAt(n - 1) !== 115) return 0;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019 ? 2 : 0;
}

/** The word without its possessive ending, folded; in an ASCII text that is the token's lower case. */
export function foldedBare(t: Token, cut: number, asciiOnly: boolean): string {
  if (cut === 0) return asciiOnly ? t.lower : foldName(t.text);
  return foldName(t.text.slice(0, -cut));
}

export function isCapitalisedWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) {
    // ASCII fast path, no allocation: a capital, then some lower-case letter or nothing.
    if (c < 65 || c > 90 || word.length > 30) return false;
    if (word.length === 1) return true;
    for (let k = 1; k < word.length; k++) {
      const d = word.charCodeAt(k);
      if ((d >= 97 && d <= 122) || d > 127) return true;
    }
    return false;
  }
  if (!isUpper(word[0]!) || word.length > 30) return false;
  // ALL-CAPS words are acronyms or shouted place names, not names written as names.
  return word.length === 1 || word.slice(1) !== word.slice(1).toUpperCase() || /^[A-Z]\.?$/.test(word);
}

/** True when the word holds an apostrophe, plain or typographic ("I'm", "What’s"). */
export function hasApostrophe(word: string): boolean {
  return word.indexOf("'") >= 0 || word.indexOf("\u2019") >= 0;
}

/** Surname endings grouped by their last character, so a word is compared with a few at most. */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const s of SURNAME_SUFFIXES) {
  const last = s.charCodeAt(s.length - 1);
  const list = SUFFIXES_BY_LAST.get(last);
  if (list) list.push(s);
  else SUFFIXES_BY_LAST.set(last, [s]);
}

export function hasSurnameShape(folded: string): boolean {
  if (folded.length < 5) return false;
  const candidates = SUFFIXES_BY_LAST.get(folded.charCodeAt(folded.length - 1));
  if (candidates === undefined) return false;
  for (let k = 0; k < candidates.length; k++) if (folded.endsWith(candidates[k]!)) return true;
  return false;
}

/** Whether the token opens a line, ignoring spaces and quote marks (">"). */
export function lineStart(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === " " || text[k] === ">")) k--;
  return k < 0 || text[k] === "\n";
}

/** Whether the token opens a sentence, where every word is capitalised anyway. */
export function atSentenceStart(text: string, start: number): boolean {
  let k = start - 1;
  while (
    k >= 0 &&
    (text[k] === " " || text[k] === "\t" || text[k] === '"' || text[k] === "“" || text[k] === "(")
  )
    k--;
  if (k < 0) return true;
  return ".!?\n\r:;>•-*".includes(text[k]!);
}

/** A headline In Title Case capitalises most words, so capitals there say little about names. */
export function isTitleCased(tokens: readonly Token[], text: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Read from the text, not the token's own string, and compare strings only beyond ASCII.
    const c = text.charCodeAt(t.start);
    if (t.end - t.start < 4 || c < 65) continue;
    words++;
    if (c < 128) {
      if (c <= 90) capitalised++;
    } else if (t.text !== t.lower && t.text[0] !== t.lower[0]) capitalised++;
  }
  return words >= 6 && capitalised / words > 0.7;
}

/** Joins between the words of one name: a space, or a hyphen in a double-barrelled name. */
export function joins(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap === 1) {
    const c = text.charCodeAt(a.end);
    return c === 32 || c === 45;
  }
  return (
    gap === 2 && a.text.length === 1 && text.charCodeAt(a.end) === 46 && text.charCodeAt(a.end + 1) === 32
  );
}

/** True when any UTF-16 unit of text[start, end) is beyond ASCII. */
export function hasNonAscii(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) > 127) return true;
  return false;
}
