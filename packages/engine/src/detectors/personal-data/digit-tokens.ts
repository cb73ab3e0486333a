import type { Token } from "../../text/tokenize.ts";

/** Indices of the tokens holding an ASCII digit, in order. */
export function digitTokenIndices(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** A finder's place in the list of digit tokens: a plain array, cheaper to make than a typed one. */
export type DigitCursor = [number];

/**
 * Walks token positions that can open a match, for finders whose every match needs a digit
 * token at most `reach` tokens after its first token: returns the next such position at or
 * after `i`, or -1 when no digit token remains. `cursor[0]` keeps the place in `digitTokens`.
 */
export function nextPositionNearDigits(
  digitTokens: readonly number[],
  cursor: DigitCursor,
  i: number,
  reach: number,
): number {
  let k = cursor[0];
  while (k < digitTokens.length && digitTokens[k]! < i) k++;
  cursor[0] = k;
  if (k === digitTokens.length) return -1;
  return Math.max(i, digitTokens[k]! - reach);
}
