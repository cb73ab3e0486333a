import type { Token } from "../../text/tokenize.ts";
import { WordFilter } from "../../text/word-filter.ts";

export interface StaffMention {
  start: number;
  end: number;
  /** The staff name as the deployment wrote it. */
  staffName: string;
}

interface StaffEntry {
  name: string;
  parts: string[];
}

/** Staff names indexed by their first word, lower case; built once per list. */
interface StaffIndex {
  byFirstWord: Map<string, StaffEntry[]>;
  /** The first words, so most tokens are ruled out without a map lookup. */
  firstWords: WordFilter;
}

const indexes = new WeakMap<readonly string[], StaffIndex>();

function indexOf(staffNames: readonly string[]): StaffIndex {
  let built = indexes.get(staffNames);
  if (built) return built;
  const index = new Map<string, StaffEntry[]>();
  for (const name of staffNames) {
    const parts = name
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’]+/u)
      .filter(Boolean);
    // A lone first name ("Sam") would match too much ordinary text; staff are found by full name.
    if (parts.length < 2) continue;
    const list = index.get(parts[0]!) ?? [];
    list.push({ name, parts });
    index.set(parts[0]!, list);
  }
  built = { byFirstWord: index, firstWords: new WordFilter(index.keys()) };
  indexes.set(staffNames, built);
  return built;
}

const joined = (text: string, a: Token, b: Token) => /^[\s-]{1,2}$/.test(text.slice(a.end, b.start));

/**
 * Finds the council's staff by name in any case: the full name as listed, or the first and
 * last name with the middle names left out ("Mary Jane Smith" is found as "mary smith").
 */
export function findStaffMentions(
  tokens: readonly Token[],
  text: string,
  staffNames: readonly string[],
  wordHashes?: readonly number[],
): readonly StaffMention[] {
  if (staffNames.length === 0) return [];
  // Two rules of one screen ask about the same tokens in turn: the last answer is kept.
  if (tokens === lastTokens && staffNames === lastStaffNames) return lastMentions;
  lastMentions = staffMentionsIn(tokens, text, staffNames, wordHashes);
  lastTokens = tokens;
  lastStaffNames = staffNames;
  return lastMentions;
}

let lastTokens: readonly Token[] | undefined;
let lastStaffNames: readonly string[] | undefined;
let lastMentions: readonly StaffMention[] = [];

function staffMentionsIn(
  tokens: readonly Token[],
  text: string,
  staffNames: readonly string[],
  wordHashes: readonly number[] | undefined,
): StaffMention[] {
  const { byFirstWord, firstWords } = indexOf(staffNames);
  const out: StaffMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (
      wordHashes !== undefined
        ? !firstWords.mayHaveHash(wordHashes[i]!)
        : !firstWords.mayHave(tokens[i]!.lower)
    )
      continue;
    const word = tokens[i]!.lower;
    const entries = byFirstWord.get(word);
    if (!entries) continue;
    let best: { end: number; last: number; name: string } | undefined;
    for (const e of entries) {
      const full = matchParts(tokens, text, i, e.parts);
      const short =
        e.parts.length > 2
          ? matchParts(tokens, text, i, [e.parts[0]!, e.parts[e.parts.length - 1]!])
          : undefined;
      const last = full ?? short;
      if (last !== undefined && (!best || last > best.last))
        best = { end: tokens[last]!.end, last, name: e.name };
    }
    if (best) {
      out.push({ start: tokens[i]!.start, end: best.end, staffName: best.name });
      i = best.last;
    }
  }
  return out;
}

function matchParts(
  tokens: readonly Token[],
  text: string,
  i: number,
  parts: readonly string[],
): number | undefined {
  for (let k = 0; k < parts.length; k++) {
    const t = tokens[i + k];
    if (!t) return undefined;
    const word = k === parts.length - 1 && /['’]s$/.test(t.lower) ? t.lower.slice(0, -2) : t.lower;
    if (word !== parts[k]) return undefined;
    if (k > 0 && !joined(text, tokens[i + k - 1]!, t)) return undefined;
  }
  return i + parts.length - 1;
}
