import type { AnalysedText } from "../rule.ts";
import { tokenize, type Token } from "./tokenize.ts";

/** Lazily computed views of one text, so a rule that needs tokens does not re-tokenise. */
export function analyse(text: string): AnalysedText {
  let tokens: Token[] | undefined;
  let lower: string | undefined;
  return {
    text,
    get tokens() {
      return (tokens ??= tokenize(text));
    },
    get lower() {
      return (lower ??= lowerSameLength(text));
    },
  };
}

/** Lower-cases without changing any UTF-16 offset, so a match in the result is a span in the text. */
export function lowerSameLength(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}
