import type { AnalysedText } from "../rule.ts";
import { summarise, type TextSummary } from "./summary.ts";
import { tokenize, type Token } from "./tokenize.ts";

/** Lazily computed views of one text, so a rule that needs tokens does not re-tokenise. */
class LazyAnalysis implements AnalysedText {
  private tokenList: Token[] | undefined;
  private lowerText: string | undefined;
  private counts: TextSummary | undefined;

  constructor(readonly text: string) {}

  get tokens(): Token[] {
    return (this.tokenList ??= tokenize(this.text));
  }

  get lower(): string {
    return (this.lowerText ??= lowerSameLength(this.text));
  }

  get summary(): TextSummary {
    return (this.counts ??= summarise(this.text));
  }
}

export function analyse(text: string): AnalysedText {
  return new LazyAnalysis(text);
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
