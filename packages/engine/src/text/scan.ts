/**
 * The one pass over a text that the shared analysis is built on: the word tokens (exactly as
 * tokenize() splits them), a hash of each token's lookup key, and the character-class counts,
 * so a screen reads every character once however many detectors ask.
 */
import type { TextSummary } from "./summary.ts";
import { isWordCode, type Token } from "./tokenize.ts";
import { hashEnd, hashStart, hashStep, UNKNOWN_HASH } from "./word-hash.ts";

export interface TextScan {
  tokens: Token[];
  /** Per token, the hash of its lower case for WordFilter.mayHaveHash, or UNKNOWN_HASH. */
  wordHashes: number[];
  /** Indices of the tokens holding an ASCII digit, in order. */
  digitTokens: number[];
  summary: TextSummary;
}

/** ASCII classes: 0 not part of a word, 1 digit, 2 capital, 3 lower-case letter. */
const NOT_WORD = 0;
const DIGIT = 1;
const CAPITAL = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = CAPITAL;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 3;

export function scanText(text: string): TextScan {
  const tokens: Token[] = [];
  const wordHashes: number[] = [];
  const digitTokens: number[] = [];
  let digits = 0;
  let upper = 0;
  let nonAscii = 0;
  let at = 0;
  let colons = 0;
  let hashes = 0;
  let slashes = 0;
  let dots = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_CLASS[c] === NOT_WORD : !isWordCode(c)) {
      if (c > 127) nonAscii++;
      else if (c === 46) dots++;
      else if (c === 58) colons++;
      else if (c === 47) slashes++;
      else if (c === 64) at++;
      else if (c === 35) hashes++;
      i++;
      continue;
    }
    const start = i;
    let h = hashStart();
    let hashable = true;
    let hasUpper = false;
    const digitsBefore = digits;
    while (i < n) {
      const d = text.charCodeAt(i);
      const cls = d < 128 ? ASCII_CLASS[d]! : isWordCode(d) ? -1 : NOT_WORD;
      if (cls > CAPITAL) {
        h = hashStep(h, d);
        i++;
      } else if (cls === CAPITAL) {
        upper++;
        hasUpper = true;
        h = hashStep(h, d + 32);
        i++;
      } else if (cls === DIGIT) {
        digits++;
        h = hashStep(h, d);
        i++;
      } else if (cls < 0) {
        nonAscii++;
        hashable = false;
        i++;
      } else if ((d === 39 || d === 0x2019) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
        // Kept inside the word, as tokenize() does for "don't" and "council's".
        if (d === 0x2019) nonAscii++;
        h = hashStep(h, 39);
        i++;
      } else {
        break;
      }
    }
    const word = text.slice(start, i);
    // A word of ASCII lower case and digits is its own lower case.
    const lower = hasUpper || !hashable ? word.toLowerCase() : word;
    tokens.push({ text: word, lower, start, end: i });
    wordHashes.push(hashable ? hashEnd(h) : UNKNOWN_HASH);
    if (digits !== digitsBefore) digitTokens.push(tokens.length - 1);
  }
  return {
    tokens,
    wordHashes,
    digitTokens,
    summary: { digits, upper, nonAscii, at, colons, hashes, slashes, dots },
  };
}
