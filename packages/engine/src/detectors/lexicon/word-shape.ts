import type { Token } from "../../text/tokenize.ts";

/** First letter upper case: "Labour", "LABOUR", "Dave's". */
export function isCapitalised(token: Token): boolean {
  const first = token.text[0]!;
  return first !== first.toLowerCase();
}

/** True when nothing but spaces and quotes stands between the token and a sentence end or the start. */
export function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  // Bounded look-back: a long run of spaces still ends the search quickly.
  for (let steps = 0; i >= 0 && steps < 16; i--, steps++) {
    const ch = text[i]!;
    if (ch === " " || ch === '"' || ch === "\u201c" || ch === "(" || ch === "\t" || ch === "#" || ch === "@")
      continue;
    return ch === "." || ch === "!" || ch === "?" || ch === "\n" || ch === "\r" || ch === ":";
  }
  return i < 0;
}

/** True when the character before the token is "#": the word is a hashtag. */
export function isHashtag(text: string, token: Token): boolean {
  return token.start > 0 && text[token.start - 1] === "#";
}
