import type { AnalysedText } from "../../rule.ts";
import type { Token } from "../../text/tokenize.ts";
import { UNKNOWN_HASH } from "../../text/word-hash.ts";
import type { WordFilter } from "../../text/word-filter.ts";
import { foldName } from "./fold.ts";
import { COMMON_WORDS } from "./lexicon.ts";
import { cueJustBefore, LOWERCASE_CUE_END_FILTER, LOWERCASE_CUE_ENDS, LOWERCASE_CUES } from "./name-cues.ts";
import { hasSurnameShape, joins } from "./name-shape.ts";
import { PERSON_THRESHOLD, W, type PersonName } from "./person-name.ts";

/**
 * Names written in lower case: "my name is borna jerković", or a given and a family name both
 * known ("mary smith"). The gazetteers and a text's tokens come in one bundle per text.
 */
export interface LowercaseNameInput {
  tokens: readonly Token[];
  /** The text scan's hash of each token. */
  wordHashes: readonly number[];
  text: string;
  /** The text's analysis, for its lower case: read only to look for a cue, so most texts never make it. */
  analysed: AnalysedText;
  firsts: ReadonlySet<string>;
  firstFilter: WordFilter;
  surs: ReadonlySet<string>;
  /** The text has no character beyond ASCII. */
  asciiOnly: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;

function afterLowercaseCue(input: LowercaseNameInput, i: number): boolean {
  return (
    i > 0 &&
    LOWERCASE_CUE_END_FILTER.mayHaveHash(input.wordHashes[i - 1]!) &&
    LOWERCASE_CUE_ENDS.has(input.tokens[i - 1]!.lower)
  );
}

function isGivenName(input: LowercaseNameInput, i: number): boolean {
  return input.firstFilter.mayHaveHash(input.wordHashes[i]!) && input.firsts.has(input.tokens[i]!.lower);
}

/** The first, cheap part of lowercaseNameAt's test, so most lower-case words cost no call. */
export function mayBeLowercaseName(input: LowercaseNameInput, i: number): boolean {
  const t = input.tokens[i]!;
  if (t.end - t.start < 3) return false;
  if (!input.asciiOnly || isGivenName(input, i)) return true;
  // Every cue ends in a word of two or three letters.
  return afterLowercaseCue(input, i) && input.tokens[i - 1]!.lower.length <= 3;
}

/** A lower-case token with a letter beyond ASCII; a hashed token can only have the "’" apostrophe. */
function lowerHasNonAscii(t: Token, hash: number): boolean {
  return hash === UNKNOWN_HASH ? NON_ASCII.test(t.lower) : t.lower.indexOf("\u2019") >= 0;
}

/** The name starting at token i, written in lower case, and the index of its last token. */
export function lowercaseNameAt(
  input: LowercaseNameInput,
  i: number,
): { name: PersonName; last: number } | undefined {
  const { tokens, text, firsts, surs, asciiOnly } = input;
  const t = tokens[i]!;
  if (t.text.length < 3 || t.text !== t.lower) return undefined;
  const afterCue = afterLowercaseCue(input, i);
  // Most lower-case words are neither after a cue nor a given name: leave before any folding.
  if (!afterCue && !isGivenName(input, i) && (asciiOnly || !lowerHasNonAscii(t, input.wordHashes[i]!)))
    return undefined;
  const w = foldName(t.lower);
  if (!afterCue && !firsts.has(w)) return undefined;
  if (COMMON_WORDS.has(w) || !/^\p{L}/u.test(t.text)) return undefined;
  const next = tokens[i + 1];
  const nextWord = next && next.text === next.lower && joins(text, t, next) ? foldName(next.text) : undefined;
  const cued = afterCue && cueJustBefore(input.analysed, t.start, LOWERCASE_CUES);
  if (cued) {
    const two =
      nextWord !== undefined &&
      !COMMON_WORDS.has(nextWord) &&
      (surs.has(nextWord) || hasSurnameShape(nextWord));
    return {
      name: { start: t.start, end: two ? next!.end : t.end, score: W.strongCue },
      last: two ? i + 1 : i,
    };
  }
  if (
    firsts.has(w) &&
    nextWord !== undefined &&
    !COMMON_WORDS.has(nextWord) &&
    (surs.has(nextWord) || hasSurnameShape(nextWord))
  ) {
    return { name: { start: t.start, end: next!.end, score: PERSON_THRESHOLD }, last: i + 1 };
  }
  return undefined;
}
