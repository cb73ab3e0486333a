import type { AnalysedText } from "../rule.ts";
import { scanText, type TextScan } from "./scan.ts";
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

/**
 * The same views, scanned when a rule first asks: for an engine whose rules may never read the
 * text's tokens or counts (none declares `needs`), so a screen need not pay for the scan.
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

  get summary(): TextSummary {
    return this.scan.summary;
  }

  get lower(): string {
    return (this.lowerText ??= lowerSameLength(this.text));
  }
}

export function analyse(text: string): AnalysedText {
  return new SharedAnalysis(text);
}

export function analyseLazily(text: string): AnalysedText {
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
