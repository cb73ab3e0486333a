/**
 * A single linear pass that splits text into word tokens with UTF-16 spans.
 * A word is a run of letters, digits, apostrophes inside a word, or marks.
 * Also the baseline the benchmarks compare the engine against.
 */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased form. */
  lower: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Verdicts for UTF-16 code units above ASCII, learnt on first sight: 0 unknown, 1 word, 2 not. */
const wordUnit = new Uint8Array(0x10000);

export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  let verdict = wordUnit[code]!;
  if (verdict === 0) {
    verdict = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnit[code] = verdict;
  }
  return verdict === 1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      code = text.charCodeAt(i);
      if (isWordCode(code)) {
        i++;
      } else if ((code === 39 || code === 0x2019) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
        i += 2; // keep "don't" and "council's" whole
      } else {
        break;
      }
    }
    const word = text.slice(start, i);
    tokens.push({ text: word, lower: word.toLowerCase(), start, end: i });
  }
  return tokens;
}
