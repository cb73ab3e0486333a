import type { AnalysedText } from "../../rule.ts";
import { PhraseMatcher, type PhraseMatch } from "./phrase-matcher.ts";
import { CONFIDENTIAL_MARKERS, PERSONAL_WORK_TOPICS, WORK_MATTERS } from "./terms/confidential.ts";
import { AMBIGUOUS_PARTIES, CAMPAIGN_PHRASES, PARTIES, POLITICIANS, VOTE_FOR } from "./terms/political.ts";
import { ARGUMENT, CONDESCENDING, HEARSAY } from "./terms/tone.ts";

/**
 * One matcher for every phrase list the screening rules use, run once per text and shared:
 * a single pass over the tokens instead of one pass per list.
 */
export const LEXICON_LISTS = {
  party: PARTIES,
  "party-ambiguous": AMBIGUOUS_PARTIES,
  politician: POLITICIANS,
  campaign: CAMPAIGN_PHRASES,
  "vote-for": [VOTE_FOR],
  "confidential-marker": CONFIDENTIAL_MARKERS,
  "work-matter": WORK_MATTERS,
  "personal-work": PERSONAL_WORK_TOPICS,
  hearsay: HEARSAY,
  argument: ARGUMENT,
  condescending: CONDESCENDING,
} as const;

export type LexiconList = keyof typeof LEXICON_LISTS;

export interface LexiconEntry {
  list: LexiconList;
  /** The phrase as listed, for messages. */
  phrase: string;
}

export type LexiconMatch = PhraseMatch<LexiconEntry>;

const matcher = new PhraseMatcher<LexiconEntry>(
  Object.entries(LEXICON_LISTS).flatMap(([list, phrases]) =>
    phrases.map((phrase) => [phrase, { list: list as LexiconList, phrase }] as const),
  ),
);

// Rules of one screen run one after another, so remembering the last text is enough; it is
// cheaper than a WeakMap, whose entries for short-lived keys burden the garbage collector.
let lastText: AnalysedText | undefined;
let lastMatches: ReadonlyMap<LexiconList, LexiconMatch[]> = new Map();

/** The matches of one list in a text, in text order; the text is scanned once for all lists. */
export function lexiconMatches(analysed: AnalysedText, list: LexiconList): readonly LexiconMatch[] {
  if (analysed !== lastText) {
    lastMatches = groupByList(
      matcher.match(analysed.tokens, analysed.summary.nonAscii === 0, analysed.wordHashes),
    );
    lastText = analysed;
  }
  return lastMatches.get(list) ?? NONE;
}

const NONE: readonly LexiconMatch[] = [];
const NO_MATCHES: ReadonlyMap<LexiconList, LexiconMatch[]> = new Map();

function groupByList(matches: LexiconMatch[]): ReadonlyMap<LexiconList, LexiconMatch[]> {
  if (matches.length === 0) return NO_MATCHES; // most texts: no allocation
  const byList = new Map<LexiconList, LexiconMatch[]>();
  for (const m of matches) {
    const bucket = byList.get(m.value.list);
    if (bucket) bucket.push(m);
    else byList.set(m.value.list, [m]);
  }
  return byList;
}

/** Keeps the longest of overlapping matches, so "disciplinary hearing" wins over "disciplinary". */
export function longestMatches<T extends { start: number; end: number }>(
  matches: readonly T[],
): readonly T[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
