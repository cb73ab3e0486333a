import type { AnalysedText } from "../../rule.ts";
import type { Token } from "../../text/tokenize.ts";
import {
  COMMON_WORDS,
  CUES_AFTER,
  NOT_A_PERSON,
  OFFICE_TITLES,
  PERSON_VERBS_AFTER,
  TITLES,
} from "./lexicon.ts";
import { cueJustBefore, STRONG_CUES, WEAK_CUES } from "./name-cues.ts";
import {
  atSentenceStart,
  hasNonAscii,
  hasSurnameShape,
  isCapitalisedWord,
  joins,
  lineStart,
} from "./name-shape.ts";
import { W, type PersonName } from "./person-name.ts";

/** A run of capitalised words to score: tokens i..last, their folded words, the span they cover. */
export interface NameRun {
  words: readonly string[];
  start: number;
  end: number;
  i: number;
  last: number;
}

/** What scoring reads besides the run: the text, its tokens and the gazetteers. */
export interface ScoringText {
  tokens: readonly Token[];
  text: string;
  /** The text's analysis, for its lower case: read only to look for a cue before a run that can score. */
  analysed: AnalysedText;
  firsts: ReadonlySet<string>;
  surs: ReadonlySet<string>;
  /** Most long words are capitalised: a headline, where capitals say little. */
  titleCased: boolean;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** One space and nothing else between `from` and `to`. */
const oneSpace = (text: string, from: number, to: number) => to - from === 1 && text.charCodeAt(from) === 32;

/** "Organisers" but not "Thomas", "Louis", "Boris" or "Jess": a plural noun, by its ending. */
function endsLikePlural(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c !== 115 && c !== 117 && c !== 105 && c !== 111;
}

/** As `text.slice(from, to)` reads it (a negative `from` counts from the end): any unit beyond ASCII. */
function sliceHasNonAscii(text: string, from: number, to: number): boolean {
  const start = from < 0 ? Math.max(0, text.length + from) : from;
  return hasNonAscii(text, start, Math.min(to, text.length));
}

/**
 * A lone capitalised word reaches the threshold only with a gazetteer hit, a family-name
 * ending, accents, a title or cue before it, a person's verb or a colon after it. Checking
 * that first spares the full scoring for the many capitalised words that are not names.
 */
function mayBeLoneName(
  w: string,
  prevWord: string,
  next: Token | undefined,
  s: ScoringText,
  end: number,
): boolean {
  if (s.firsts.has(w) || s.surs.has(w) || TITLES.has(prevWord)) return true;
  if (STRONG_CUES.lastWords.has(prevWord) || WEAK_CUES.lastWords.has(prevWord)) return true;
  if (s.text.charCodeAt(end) === 58 || (next !== undefined && PERSON_VERBS_AFTER.has(next.lower)))
    return true;
  return hasSurnameShape(w) || sliceHasNonAscii(s.text, end - w.length, end);
}

/** Adds up the evidence that a run of capitalised words names a person; undefined when it cannot. */
export function scoreRun(run: NameRun, s: ScoringText): PersonName | undefined {
  const { words, start, end, i, last } = run;
  const { tokens, text, firsts, surs } = s;
  for (let k = 0; k < words.length; k++) if (NOT_A_PERSON.has(words[k]!)) return undefined;
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
  if (words.length === 1 && !mayBeLoneName(words[0]!, prev?.lower ?? "", next, s, end)) return undefined;
  const titled = prev !== undefined && TITLES.has(prev.lower) && /^\.? $/.test(text.slice(prev.end, start));
  if (
    next &&
    NOT_A_PERSON.has(next.lower) &&
    isCapitalisedWord(next.text) &&
    joins(text, tokens[last]!, next)
  )
    return undefined;
  // "Villacher Strasse 89", "Joaquin Suarez 2906": a street named after someone, then the house number.
  if (
    next &&
    isDigitCode(next.text.charCodeAt(0)) &&
    /^\d{1,5}$/.test(next.text) &&
    oneSpace(text, end, next.start)
  )
    return undefined;
  const office = prev !== undefined && titled && OFFICE_TITLES.has(prev.lower) ? prev.text : undefined;

  let initials = 0;
  const full: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.length === 1) initials++;
    else if (w.length > 1) full.push(w);
  }
  if (full.length === 0) return undefined;
  const prevWord = prev?.lower ?? "";
  const strongCue = cueJustBefore(s.analysed, start, STRONG_CUES, prevWord);
  if (full.length === 1 && COMMON_WORDS.has(full[0]!) && !titled && !strongCue) return undefined;
  const sentenceStart = atSentenceStart(text, start);

  let score = 0;
  const f0 = full[0]!;
  if (firsts.has(f0)) score += COMMON_WORDS.has(f0) ? W.ambiguousFirstName : W.firstName;
  // The family name is the strongest of the words after the first, or the only word.
  let surnameEvidence = 0;
  for (let k = full.length > 1 ? 1 : 0; k < full.length; k++) {
    const w = full[k]!;
    let e = 0;
    if (surs.has(w)) e = COMMON_WORDS.has(w) ? W.ambiguousSurname : W.surname;
    else if (full.length > 1 && firsts.has(w))
      e = W.ambiguousSurname; // "Mary Ann", or surnames that are also given names
    else if (hasSurnameShape(w)) e = W.surnameShape;
    surnameEvidence = Math.max(surnameEvidence, e);
  }
  // A lone word counts once, as given name or family name, whichever is stronger.
  score = full.length === 1 ? Math.max(score, surnameEvidence) : score + surnameEvidence;
  let anyCommon = false;
  for (let k = 0; k < full.length && !anyCommon; k++) anyCommon = COMMON_WORDS.has(full[k]!);
  const known = (firsts.has(f0) || surs.has(f0)) && !COMMON_WORDS.has(f0);
  if (full.length > 1 || initials > 0) score += W.severalWords;
  // Letters such as á, ö, ł or š in a capitalised word: in English text, usually a foreign name.
  if (hasNonAscii(text, start, end)) score += W.accentedName;
  if (full.length > 1 && !anyCommon && !s.titleCased)
    score += sentenceStart ? W.nameShapedRunAtSentenceStart : W.nameShapedRun;
  if (titled) score += W.title;
  if (strongCue) score += W.strongCue;
  else if (cueJustBefore(s.analysed, start, WEAK_CUES, prevWord)) score += W.weakCue;
  const personVerb =
    next !== undefined && PERSON_VERBS_AFTER.has(next.lower) && oneSpace(text, end, next.start);
  // "Organisers said" is not a person: plural nouns are exempt from the verb cue.
  const plural = full.length === 1 && endsLikePlural(f0) && !known;
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
