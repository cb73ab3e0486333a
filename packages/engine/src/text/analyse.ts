import type { AnalysedText } from "../rule.ts";
import { scanText, type TextScan } from "./scan.ts";
import type { TextSummary } from "./summary.ts";
import type { Token } from "./tokenize.ts";

/**
 * Lazily computed views of one text, so a rule that needs tokens does not re-tokenise. Tokens,
 * their hashes and the character counts come from one scan, taken when any of them is first asked.
 */
class LazyAnalysis implements AnalysedText {
  private scanned: TextScan | undefined;
  private lowerText: string | undefined;

  constructor(readonly text: string) {}

  private get scan(): TextScan {
    return (this.scanned ??= scanText(this.text));
  }

  get tokens(): Token[] {
    return this.scan.tokens;
  }

  get wordHashes(): readonly number[] {
    return this.scan.wordHashes;
  }

  get digitTokens(): readonly number[] {
    return this.scan.digitTokens;
  }

  get lower(): string {
    return (this.lowerText ??= lowerSameLength(this.text));
  }

  get summary(): TextSummary {
    return this.scan.summary;
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
