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

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return LETTER_OR_DIGIT.test(ch);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let ch = text[i]!;
    if (!isWordChar(code, ch)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      code = text.charCodeAt(i);
      ch = text[i]!;
      if (isWordChar(code, ch)) {
        i++;
      } else if ((code === 39 || code === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text[i + 1]!)) {
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
