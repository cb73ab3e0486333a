import { isCapitalised, startsSentence } from "../../detectors/lexicon/word-shape.ts";
import type { Token } from "../../text/tokenize.ts";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../text/calendar-words.ts";

/** Job and relationship words that point at one person: "our housing officer", "her manager". */
const ROLE_WORDS = new Set([
  "officer",
  "colleague",
  "colleagues",
  "manager",
  "clerk",
  "councillor",
  "cllr",
  "employee",
  "employees",
  "staff",
  "worker",
  "tenant",
  "resident",
  "client",
  "pupil",
  "child",
  "boss",
  "supervisor",
  "caretaker",
  "warden",
  "assistant",
  "director",
  "teacher",
  "neighbour",
  "driver",
  "cleaner",
  "gardener",
  "mayor",
  "attendant",
  "volunteer",
  "member",
]);
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr"]);
const PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers"]);
/** Words that introduce who a matter is about: "hearing for Dave", "complaint against Sam". */
const CONNECTORS = new Set(["for", "against", "about", "of", "into", "with", "involving", "by", "to"]);
/** Capitalised words that are not people. */
const NOT_NAMES = new Set([
  "i",
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "our",
  "we",
  "it",
  "there",
  "today",
  "yesterday",
  "tomorrow",
  "council",
  "town",
  "hr",
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  "please",
  "update",
  "after",
  "following",
]);

function looksLikeName(text: string, token: Token, allowSentenceStart: boolean): boolean {
  if (!isCapitalised(token) || NOT_NAMES.has(token.lower.replace(/['\u2019]s$/, ""))) return false;
  return allowSentenceStart || !startsSentence(text, token.start);
}

const isPersonWord = (t: Token) => ROLE_WORDS.has(t.lower) || TITLES.has(t.lower) || PRONOUNS.has(t.lower);

/**
 * Whether the matter spanning tokens first..last is about someone identifiable: a name, a
 * title, a pronoun or a job word close before it ("Dave's disciplinary") or after it
 * ("the complaint against our housing officer").
 */
export function aboutIdentifiablePerson(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  for (let i = Math.max(0, first - 3); i < first; i++) {
    const t = tokens[i]!;
    if (isPersonWord(t)) return true;
    if (looksLikeName(text, t, true)) return true;
  }
  let connected = false;
  for (let i = last + 1; i < tokens.length && i <= last + 5; i++) {
    const t = tokens[i]!;
    if (isPersonWord(t)) return true;
    if (CONNECTORS.has(t.lower)) connected = true;
    else if (connected && looksLikeName(text, t, false)) return true;
  }
  return false;
}
