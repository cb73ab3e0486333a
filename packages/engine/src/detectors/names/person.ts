import type { AnalysedText } from "../../rule.ts";
import { personalDataOf } from "../personal-data/find.ts";
import type { PersonalDataType } from "../personal-data/types.ts";
import { firstNameFilter, firstNames, surnames } from "./gazetteer.ts";
import { ADDRESS_UNITS, COMMON_WORDS, NAME_PARTICLES, NOT_A_PERSON, TITLES } from "./lexicon.ts";
import { lowercaseNameAt, mayBeLowercaseName, type LowercaseNameInput } from "./lowercase-names.ts";
import { LOWERCASE_CUE_END_FILTER } from "./name-cues.ts";
import { withListNeighbours } from "./name-lists.ts";
import { scoreRun, type ScoringText } from "./name-score.ts";
import {
  foldedBare,
  hasApostrophe,
  isCapitalisedWord,
  isTitleCased,
  joins,
  possessiveLength,
} from "./name-shape.ts";
import type { WordFilter } from "../../text/word-filter.ts";
import { UNKNOWN_HASH } from "../../text/word-hash.ts";
import { withoutOverlaps } from "./overlaps.ts";
import { PERSON_THRESHOLD, type PersonName } from "./person-name.ts";

export { PERSON_THRESHOLD, type PersonName } from "./person-name.ts";
export { withoutOverlaps } from "./overlaps.ts";

const ADDRESS_ONLY: readonly PersonalDataType[] = ["address"];
const MAX_NAME_TOKENS = 4;

/**
 * A hashed lower-case word (ASCII, perhaps with "’", which the hash and the name folding both
 * read as "'") is a name only as a given name or after a cue: both hashes rule most words out.
 */
function mayBeGivenOrCued(firstFilter: WordFilter, wordHashes: readonly number[], i: number): boolean {
  return (
    firstFilter.mayHaveHash(wordHashes[i]!) ||
    (i > 0 && LOWERCASE_CUE_END_FILTER.mayHaveHash(wordHashes[i - 1]!))
  );
}

/**
 * Finds people's names in one pass over the shared tokens: runs of capitalised words scored
 * by a gazetteer of given and family names, surname shapes, titles and the words around them.
 */
export function findPersonNames(analysed: AnalysedText): PersonName[] {
  const { text, tokens, wordHashes } = analysed;
  // The shared character counts tell whether any word can need diacritics folded.
  const asciiOnly = analysed.summary.nonAscii === 0;
  const firsts = firstNames();
  const surs = surnames();
  const lowercase: LowercaseNameInput = {
    tokens,
    wordHashes,
    text,
    analysed,
    firsts,
    firstFilter: firstNameFilter(),
    surs,
    asciiOnly,
  };
  const firstFilter = lowercase.firstFilter;
  // Only a capitalised run that reaches scoring needs to know whether the text is title-cased.
  let scoring: ScoringText | undefined;
  const out: PersonName[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c0 = text.charCodeAt(t.start);
    // Lower-case and digit tokens, the great majority, go straight to the cheap lower-case check.
    if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) {
      if (
        c0 >= 97 &&
        (wordHashes[i] === UNKNOWN_HASH || mayBeGivenOrCued(firstFilter, wordHashes, i)) &&
        mayBeLowercaseName(lowercase, i)
      ) {
        const lowerName = lowercaseNameAt(lowercase, i);
        if (lowerName) {
          out.push(lowerName.name);
          i = lowerName.last;
        }
      }
      continue;
    }
    const headCut = possessiveLength(t.text);
    const headWord = headCut === 0 ? t.text : t.text.slice(0, -headCut);
    const headEnd = t.end - headCut;
    if (
      !isCapitalisedWord(headWord) ||
      (TITLES.has(t.lower) && tokens[i + 1] && isCapitalisedWord(tokens[i + 1]!.text))
    ) {
      const lowerName = lowercaseNameAt(lowercase, i);
      if (lowerName) {
        out.push(lowerName.name);
        i = lowerName.last;
      }
      continue;
    }
    // Handles, hashtags, links and joined words ("@Loserface_Laura", "/Edward-100") are not written names.
    if (
      t.start > 0 &&
      "@#/_=".includes(text[t.start - 1]!) &&
      !(text[t.start - 1] === "." && text[t.start - 2] === " ")
    )
      continue;
    // "The", "I'm", "What's" open sentences, not names; the name, if any, starts at the next word.
    const headFolded = foldedBare(t, headCut, asciiOnly);
    if (COMMON_WORDS.has(headFolded) || (headCut === 0 && hasApostrophe(headWord))) continue;
    // Collect the run of name words: capitalised words, initials, particles between them.
    let last = i;
    let end = headEnd;
    const words: string[] = [headFolded];
    if (headCut === 0) {
      for (let j = i + 1; j < tokens.length && words.length < MAX_NAME_TOKENS; j++) {
        const u = tokens[j]!;
        if (!joins(text, tokens[j - 1]!, u)) break;
        const cut = possessiveLength(u.text);
        const particle =
          NAME_PARTICLES.has(u.text) && tokens[j + 1] !== undefined && isCapitalisedWord(tokens[j + 1]!.text);
        if (!particle && !isCapitalisedWord(cut === 0 ? u.text : u.text.slice(0, -cut))) break;
        if (NOT_A_PERSON.has(u.lower) || TITLES.has(u.lower) || ADDRESS_UNITS.has(u.lower)) break;
        if (!particle) words.push(foldedBare(u, cut, asciiOnly));
        last = j;
        end = u.end - cut;
        if (cut !== 0) break; // a possessive ends the name
      }
    }
    scoring ??= { tokens, text, analysed, firsts, surs, titleCased: isTitleCased(tokens, text) };
    const name = scoreRun({ words, start: t.start, end, i, last }, scoring);
    if (name) out.push(name);
    i = last;
  }
  if (out.length === 0) return out;
  const people: PersonName[] = [];
  for (const n of withListNeighbours(out, text)) if (n.score >= PERSON_THRESHOLD) people.push(n);
  if (people.length === 0) return people;
  // Streets and towns named after people ("Victor Hugo u. 49") are addresses, not people.
  return withoutOverlaps(people, personalDataOf(analysed, ADDRESS_ONLY));
}
