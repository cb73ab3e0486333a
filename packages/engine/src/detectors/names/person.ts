import type { AnalysedText } from "../../rule.ts";
import type { Token } from "../../text/tokenize.ts";
import type { WordFilter } from "../../text/word-filter.ts";
import { personalDataOf } from "../personal-data/find.ts";
import type { PersonalDataType } from "../personal-data/types.ts";
import { foldName } from "./fold.ts";
import { firstNameFilter, firstNames, surnames } from "./gazetteer.ts";
import {
  ADDRESS_UNITS,
  COMMON_WORDS,
  CUES_AFTER,
  PERSON_VERBS_AFTER,
  NAME_PARTICLES,
  NOT_A_PERSON,
  OFFICE_TITLES,
  STRONG_CUES_BEFORE,
  SURNAME_SUFFIXES,
  TITLES,
  WEAK_CUES_BEFORE,
} from "./lexicon.ts";

export interface PersonName {
  start: number;
  end: number;
  /** Evidence total; a name is reported at PERSON_THRESHOLD or above. */
  score: number;
  /** The office title written before the name ("Cllr", "Mayor"), if any. */
  office?: string;
}

/** Evidence weights, tuned on the evaluation data; the word lists are general knowledge. */
const W = {
  firstName: 2,
  ambiguousFirstName: 0.6,
  surname: 2,
  ambiguousSurname: 0.4,
  surnameShape: 0.9,
  severalWords: 0.6,
  title: 3,
  strongCue: 2,
  weakCue: 0.8,
  cueAfter: 0.4,
  sentenceStart: -0.8,
  /** Two or more capitalised words that are neither common words nor organisation words. */
  nameShapedRun: 1.0,
  nameShapedRunAtSentenceStart: 0.7,
  speakerLabel: 2,
  accentedName: 0.6,
  personVerb: 2,
  wholeLine: 0.8,
  /** A capitalised word listed beside a person ("Marrero and Murphy"). */
  listedWithPerson: 1.2,
};
export const PERSON_THRESHOLD = 2;
const ADDRESS_ONLY: readonly PersonalDataType[] = ["address"];
const MAX_NAME_TOKENS = 4;

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** "Yefremova's" is looked up as "yefremova": the length of a possessive ending, 0 or 2. */
function possessiveLength(w: string): number {
  const n = w.length;
  if (n <= 2 || w.charCodeAt(n - 1) !== 115) return 0;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019 ? 2 : 0;
}

/** The word without its possessive ending, folded; in an ASCII text that is the token's lower case. */
function foldedBare(t: Token, cut: number, asciiOnly: boolean): string {
  if (cut === 0) return asciiOnly ? t.lower : foldName(t.text);
  return foldName(t.text.slice(0, -cut));
}

function isCapitalisedWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) {
    // ASCII fast path, no allocation: a capital, then some lower-case letter or nothing.
    if (c < 65 || c > 90 || word.length > 30) return false;
    if (word.length === 1) return true;
    for (let k = 1; k < word.length; k++) {
      const d = word.charCodeAt(k);
      if ((d >= 97 && d <= 122) || d > 127) return true;
    }
    return false;
  }
  if (!isUpper(word[0]!) || word.length > 30) return false;
  // ALL-CAPS words are acronyms or shouted place names, not names written as names.
  return word.length === 1 || word.slice(1) !== word.slice(1).toUpperCase() || /^[A-Z]\.?$/.test(word);
}

/** Surname endings grouped by their last character, so a word is compared with a few at most. */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const s of SURNAME_SUFFIXES) {
  const last = s.charCodeAt(s.length - 1);
  const list = SUFFIXES_BY_LAST.get(last);
  if (list) list.push(s);
  else SUFFIXES_BY_LAST.set(last, [s]);
}

function hasSurnameShape(folded: string): boolean {
  if (folded.length < 5) return false;
  const candidates = SUFFIXES_BY_LAST.get(folded.charCodeAt(folded.length - 1));
  if (candidates === undefined) return false;
  for (let k = 0; k < candidates.length; k++) if (folded.endsWith(candidates[k]!)) return true;
  return false;
}

/** Whether the token opens a sentence, where every word is capitalised anyway. */
function lineStart(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === " " || text[k] === ">")) k--;
  return k < 0 || text[k] === "\n";
}

function atSentenceStart(text: string, start: number): boolean {
  let k = start - 1;
  while (
    k >= 0 &&
    (text[k] === " " || text[k] === "\t" || text[k] === '"' || text[k] === "“" || text[k] === "(")
  )
    k--;
  if (k < 0) return true;
  return ".!?\n\r:;>•-*".includes(text[k]!);
}

/** True when the text just before `pos` (ignoring spaces and a colon) ends with one of `cues`. */
/** The last word of every cue, so most positions are ruled out with one set lookup. */
const cueEnds = new WeakMap<readonly string[], Set<string>>();
function lastWordsOf(cues: readonly string[]): Set<string> {
  let set = cueEnds.get(cues);
  if (!set) {
    set = new Set(
      cues.map((c) =>
        c
          .split(" ")
          .pop()!
          .replace(/[^a-z']/g, ""),
      ),
    );
    cueEnds.set(cues, set);
  }
  return set;
}

function cueJustBefore(lower: string, pos: number, cues: readonly string[], prevWord?: string): boolean {
  if (prevWord !== undefined && !lastWordsOf(cues).has(prevWord)) return false;
  let k = pos;
  while (
    k > 0 &&
    (lower[k - 1] === " " || lower[k - 1] === ":" || lower[k - 1] === "?" || lower[k - 1] === "\n")
  )
    k--;
  const before = lower.slice(Math.max(0, k - 20), k);
  return cues.some(
    (c) => before.endsWith(c) && !/[a-z0-9]/.test(before[before.length - c.length - 1] ?? " "),
  );
}

/** A headline In Title Case capitalises most words, so capitals there say little about names. */
function isTitleCased(tokens: readonly Token[], text: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Read from the text, not the token's own string, and compare strings only beyond ASCII.
    const c = text.charCodeAt(t.start);
    if (t.end - t.start < 4 || c < 65) continue;
    words++;
    if (c < 128) {
      if (c <= 90) capitalised++;
    } else if (t.text !== t.lower && t.text[0] !== t.lower[0]) capitalised++;
  }
  return words >= 6 && capitalised / words > 0.7;
}

/** Joins between the words of one name: a space, or a hyphen in a double-barrelled name. */
function joins(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap === 1) {
    const c = text.charCodeAt(a.end);
    return c === 32 || c === 45;
  }
  return (
    gap === 2 && a.text.length === 1 && text.charCodeAt(a.end) === 46 && text.charCodeAt(a.end + 1) === 32
  );
}

/**
 * Finds people's names in one pass over the shared tokens: runs of capitalised words scored
 * by a gazetteer of given and family names, surname shapes, titles and the words around them.
 */
export function findPersonNames(analysed: AnalysedText): PersonName[] {
  const { text, tokens, lower, wordHashes } = analysed;
  // Only a capitalised run that reaches scoring needs to know; most texts have none.
  let titleCased: boolean | undefined;
  // The shared character counts tell whether any word can need diacritics folded.
  const asciiOnly = analysed.summary.nonAscii === 0;
  const firsts = firstNames();
  const firstFilter = firstNameFilter();
  const surs = surnames();
  const out: PersonName[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c0 = text.charCodeAt(t.start);
    // Lower-case and digit tokens, the great majority, go straight to the cheap lower-case check.
    if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) {
      if (c0 >= 97 && mayBeLowercaseName(tokens, wordHashes, i, firsts, firstFilter, asciiOnly)) {
        const lowerName = lowercaseNameAt(tokens, text, lower, i, firsts, surs, asciiOnly);
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
      const lowerName = lowercaseNameAt(tokens, text, lower, i, firsts, surs, asciiOnly);
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
    if (COMMON_WORDS.has(headFolded) || (headCut === 0 && /['’]/.test(headWord))) continue;
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
    titleCased ??= isTitleCased(tokens, text);
    const name = scoreRun(words, t.start, end, i, last, tokens, text, lower, firsts, surs, titleCased);
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

/** Drops the spans that overlap any of `others`; both lists are in text order, so one sweep does it. */
export function withoutOverlaps<T extends { start: number; end: number }>(
  spans: T[],
  others: readonly { start: number; end: number }[],
): T[] {
  if (others.length === 0) return spans;
  const kept: T[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < others.length && others[k]!.end <= s.start) k++;
    let overlaps = false;
    for (let j = k; j < others.length && others[j]!.start < s.end; j++) {
      if (others[j]!.end > s.start) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push(s);
  }
  return kept;
}

const LIST_JOINS = new Set([", ", " and ", " & ", ", and ", " or "]);

/** "Marrero and Murphy", "Eklund, Michael and Hodge": a word listed beside a person is likely one too. */
function withListNeighbours(candidates: PersonName[], text: string): PersonName[] {
  if (candidates.length < 2) return candidates;
  const isPerson = candidates.map((c) => c.score >= PERSON_THRESHOLD);
  const linked = (a: PersonName | undefined, b: PersonName | undefined) =>
    a !== undefined && b !== undefined && b.start - a.end <= 6 && LIST_JOINS.has(text.slice(a.end, b.start));
  // Two sweeps carry the evidence along a list in either direction.
  for (let k = 1; k < candidates.length; k++) {
    if (
      !isPerson[k] &&
      isPerson[k - 1] &&
      linked(candidates[k - 1], candidates[k]) &&
      candidates[k]!.score + W.listedWithPerson >= PERSON_THRESHOLD
    ) {
      candidates[k]!.score += W.listedWithPerson;
      isPerson[k] = true;
    }
  }
  for (let k = candidates.length - 2; k >= 0; k--) {
    if (
      !isPerson[k] &&
      isPerson[k + 1] &&
      linked(candidates[k], candidates[k + 1]) &&
      candidates[k]!.score + W.listedWithPerson >= PERSON_THRESHOLD
    ) {
      candidates[k]!.score += W.listedWithPerson;
      isPerson[k] = true;
    }
  }
  return candidates;
}

function scoreRun(
  words: string[],
  start: number,
  end: number,
  i: number,
  last: number,
  tokens: readonly Token[],
  text: string,
  lower: string,
  firsts: Set<string>,
  surs: Set<string>,
  titleCased: boolean,
): PersonName | undefined {
  if (words.some((w) => NOT_A_PERSON.has(w))) return undefined;
  const next = tokens[last + 1];
  const prev = tokens[i - 1];
  // "River Don", "Mount Pleasant", "Lake Vyrnwy": a place word before the capitalised word.
  if (
    prev !== undefined &&
    NOT_A_PERSON.has(prev.lower) &&
    !TITLES.has(prev.lower) &&
    isCapitalisedWord(prev.text) &&
    joins(text, prev, tokens[i]!)
  )
    return undefined;
  if (words.length === 1 && !mayBeLoneName(words[0]!, prev?.lower ?? "", next, text, end, firsts, surs))
    return undefined;
  const titled = prev !== undefined && TITLES.has(prev.lower) && /^\.? $/.test(text.slice(prev.end, start));
  if (
    next &&
    NOT_A_PERSON.has(next.lower) &&
    isCapitalisedWord(next.text) &&
    joins(text, tokens[last]!, next)
  )
    return undefined;
  // "Villacher Strasse 89", "Joaquin Suarez 2906": a street named after someone, then the house number.
  if (next && /^\d{1,5}$/.test(next.text) && text.slice(end, next.start) === " ") return undefined;
  const office = prev !== undefined && titled && OFFICE_TITLES.has(prev.lower) ? prev.text : undefined;

  const initials = words.filter((w) => w.length === 1).length;
  const full = words.filter((w) => w.length > 1);
  if (full.length === 0) return undefined;
  const prevWord = prev?.lower ?? "";
  const strongCue = cueJustBefore(lower, start, STRONG_CUES_BEFORE, prevWord);
  if (full.length === 1 && COMMON_WORDS.has(full[0]!) && !titled && !strongCue) return undefined;
  const sentenceStart = atSentenceStart(text, start);

  let score = 0;
  const f0 = full[0]!;
  if (firsts.has(f0)) score += COMMON_WORDS.has(f0) ? W.ambiguousFirstName : W.firstName;
  const tail = full.length > 1 ? full.slice(1) : full;
  let surnameEvidence = 0;
  for (const w of tail) {
    let s = 0;
    if (surs.has(w)) s = COMMON_WORDS.has(w) ? W.ambiguousSurname : W.surname;
    else if (full.length > 1 && firsts.has(w))
      s = W.ambiguousSurname; // "Mary Ann", or surnames that are also given names
    else if (hasSurnameShape(w)) s = W.surnameShape;
    surnameEvidence = Math.max(surnameEvidence, s);
  }
  // A lone word counts once, as given name or family name, whichever is stronger.
  score = full.length === 1 ? Math.max(score, surnameEvidence) : score + surnameEvidence;
  const anyCommon = full.some((w) => COMMON_WORDS.has(w));
  const known = (firsts.has(f0) || surs.has(f0)) && !COMMON_WORDS.has(f0);
  if (full.length > 1 || initials > 0) score += W.severalWords;
  // Letters such as á, ö, ł or š in a capitalised word: in English text, usually a foreign name.
  if (/[^\x00-\x7f]/.test(text.slice(start, end))) score += W.accentedName;
  if (full.length > 1 && !anyCommon && !titleCased)
    score += sentenceStart ? W.nameShapedRunAtSentenceStart : W.nameShapedRun;
  if (titled) score += W.title;
  if (strongCue) score += W.strongCue;
  else if (cueJustBefore(lower, start, WEAK_CUES_BEFORE, prevWord)) score += W.weakCue;
  const personVerb =
    next !== undefined && PERSON_VERBS_AFTER.has(next.lower) && text.slice(end, next.start) === " ";
  // "Organisers said" is not a person: plural nouns are exempt from the verb cue.
  const plural = full.length === 1 && /[^suio]s$/.test(f0) && !known;
  if (personVerb && !plural) score += W.personVerb;
  else if (next && CUES_AFTER.has(next.lower) && !isCapitalisedWord(next.text)) score += W.cueAfter;
  // At the start of a sentence every word is capitalised: only a known given name keeps its weight.
  // "Ubul: What a wife." A speaker's name opening a line of dialogue.
  const speaker =
    full.length <= 2 &&
    !anyCommon &&
    text[end] === ":" &&
    /^:\s?["“\p{Lu}]/u.test(text.slice(end, end + 3)) &&
    lineStart(text, start);
  if (speaker) score += W.speakerLabel;
  else if (!titled && full.length === 1 && sentenceStart && !known && !personVerb && !strongCue)
    score += W.sentenceStart;
  // A line holding nothing but the name: a signature, a contact card, an address block.
  if (
    full.length > 1 &&
    !anyCommon &&
    lineStart(text, start) &&
    /^\s*(?:\n|$)/.test(text.slice(end, end + 3))
  )
    score += W.wholeLine;
  if (anyCommon && full.length > 1 && !titled) score -= 0.5;
  return office === undefined ? { start, end, score } : { start, end, score, office };
}

const NON_ASCII = /[^\x00-\x7f]/;
const LOWERCASE_CUES = [
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
];
/** The last word of each lower-case cue, checked first because it is cheap. */
const LOWERCASE_CUE_ENDS = new Set(["is", "me", "mr", "mrs", "ms", "dr"]);

/**
 * A lone capitalised word reaches the threshold only with a gazetteer hit, a family-name
 * ending, accents, a title or cue before it, a person's verb or a colon after it. Checking
 * that first spares the full scoring for the many capitalised words that are not names.
 */
function mayBeLoneName(
  w: string,
  prevWord: string,
  next: Token | undefined,
  text: string,
  end: number,
  firsts: Set<string>,
  surs: Set<string>,
): boolean {
  if (firsts.has(w) || surs.has(w) || TITLES.has(prevWord)) return true;
  if (lastWordsOf(STRONG_CUES_BEFORE).has(prevWord) || lastWordsOf(WEAK_CUES_BEFORE).has(prevWord))
    return true;
  if (text.charCodeAt(end) === 58 || (next !== undefined && PERSON_VERBS_AFTER.has(next.lower))) return true;
  return hasSurnameShape(w) || NON_ASCII.test(text.slice(end - w.length, end));
}

/** The first, cheap part of lowercaseNameAt's test, so most lower-case words cost no call. */
function mayBeLowercaseName(
  tokens: readonly Token[],
  wordHashes: readonly number[],
  i: number,
  firsts: Set<string>,
  firstFilter: WordFilter,
  asciiOnly: boolean,
): boolean {
  const t = tokens[i]!;
  if (t.text.length < 3) return false;
  if (!asciiOnly || (firstFilter.mayHaveHash(wordHashes[i]!) && firsts.has(t.lower))) return true;
  const prev = tokens[i - 1];
  // Every cue ends in a word of two or three letters.
  return prev !== undefined && prev.lower.length <= 3 && LOWERCASE_CUE_ENDS.has(prev.lower);
}

/** Names written in lower case: "my name is borna jerković", or a given and family name both known. */
function lowercaseNameAt(
  tokens: readonly Token[],
  text: string,
  lower: string,
  i: number,
  firsts: Set<string>,
  surs: Set<string>,
  asciiOnly: boolean,
): { name: PersonName; last: number } | undefined {
  const t = tokens[i]!;
  if (t.text.length < 3 || t.text !== t.lower) return undefined;
  const prevWord = tokens[i - 1]?.lower;
  const afterCue = prevWord !== undefined && LOWERCASE_CUE_ENDS.has(prevWord);
  // Most lower-case words are neither after a cue nor a given name: leave before any folding.
  if (!afterCue && !firsts.has(t.lower) && (asciiOnly || !NON_ASCII.test(t.lower))) return undefined;
  const w = foldName(t.lower);
  if (!afterCue && !firsts.has(w)) return undefined;
  if (COMMON_WORDS.has(w) || !/^\p{L}/u.test(t.text)) return undefined;
  const next = tokens[i + 1];
  const nextWord = next && next.text === next.lower && joins(text, t, next) ? foldName(next.text) : undefined;
  const cued = afterCue && cueJustBefore(lower, t.start, LOWERCASE_CUES);
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
