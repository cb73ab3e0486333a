import type { AnalysedText } from "../rule.ts";
import { scanText } from "./scan.ts";
import type { TextSummary } from "./summary.ts";
import type { Token } from "./tokenize.ts";

/**
 * The views of one text that rules share. Tokens, their hashes and the character counts come
 * from one scan, taken when the text is analysed: every screen reads the counts to skip rules,
 * and plain fields cost a rule less to read than getters. The lower case is made on first use.
 */
class SharedAnalysis implements AnalysedText {
  readonly tokens: Token[];
  readonly wordHashes: readonly number[];
  readonly digitTokens: readonly number[];
  readonly summary: TextSummary;
  private lowerText: string | undefined;

  constructor(readonly text: string) {
    const scan = scanText(text);
    this.tokens = scan.tokens;
    this.wordHashes = scan.wordHashes;
    this.digitTokens = scan.digitTokens;
    this.summary = scan.summary;
  }

  get lower(): string {
    return (this.lowerText ??= lowerSameLength(this.text));
  }
}

export function analyse(text: string): AnalysedText {
  return new SharedAnalysis(text);
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
