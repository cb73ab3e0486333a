import { WordFilter } from "../../text/word-filter.ts";
import { STRONG_CUES_BEFORE, WEAK_CUES_BEFORE } from "./lexicon.ts";

/** Phrases written just before a name ("my name is", "spoke to"), with the last word of each. */
export interface CueList {
  cues: readonly string[];
  /** The last word of every cue, so most positions are ruled out with one set lookup. */
  lastWords: ReadonlySet<string>;
}

function cueList(cues: readonly string[]): CueList {
  const lastWords = new Set(
    cues.map((c) =>
      c
        .split(" ")
        .pop()!
        .replace(/[^a-z']/g, ""),
    ),
  );
  return { cues, lastWords };
}

export const STRONG_CUES = cueList(STRONG_CUES_BEFORE);
export const WEAK_CUES = cueList(WEAK_CUES_BEFORE);

/** Cues before a name written in lower case: "my name is borna jerković", "mr smith". */
export const LOWERCASE_CUES = cueList([
  "my name is",
  "call me",
  "calls me",
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "mr",
  "mrs",
  "ms",
  "dr",
]);
/** The last word of each lower-case cue, checked first because it is cheap. */
export const LOWERCASE_CUE_ENDS = new Set(["is", "me", "mr", "mrs", "ms", "dr"]);
/** The same words as a filter over the text scan's token hashes. */
export const LOWERCASE_CUE_END_FILTER = new WordFilter(LOWERCASE_CUE_ENDS);

/**
 * True when the text just before `pos` (ignoring spaces, "?", ":" and line breaks) ends with one
 * of the cues. `prevWord`, the previous token in lower case, rules most positions out first,
 * before the text's lower case is read (and so made, the first time it is asked for).
 */
export function cueJustBefore(
  source: { readonly lower: string },
  pos: number,
  list: CueList,
  prevWord?: string,
): boolean {
  if (prevWord !== undefined && !list.lastWords.has(prevWord)) return false;
  const lower = source.lower;
  let k = pos;
  while (
    k > 0 &&
    (lower[k - 1] === " " || lower[k - 1] === ":" || lower[k - 1] === "?" || lower[k - 1] === "\n")
  )
    k--;
  const before = lower.slice(Math.max(0, k - 20), k);
  return list.cues.some(
    (c) => before.endsWith(c) && !/[a-z0-9]/.test(before[before.length - c.length - 1] ?? " "),
  );
}
