import type { Token } from "../../text/tokenize.ts";
import { WordFilter } from "../../text/word-filter.ts";
import { digitTokenIndices, nextPositionNearDigits, type DigitCursor } from "./digit-tokens.ts";
import type { PersonalDataMatch } from "./types.ts";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../../text/calendar-words.ts";

/**
 * Personal data recognised by the words around it, read from the shared tokens: dates of
 * birth, ages, passport and licence numbers, and case or complaint references.
 */

const MONTHS = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
const BIRTH_CUES = new Set(["born", "dob", "birthday", "birthdate"]);
const REFERENCE_LEADS = new Set([
  "case",
  "complaint",
  "ticket",
  "claim",
  "incident",
  "crime",
  "customer",
  "booking",
  "enquiry",
  "log",
]);
const REFERENCE_WORDS = new Set(["ref", "reference", "no", "number", "id", "num"]);
const GOV_ID_LEADS = new Set(["passport", "licence", "license", "ssn"]);
const FILLER = new Set([
  "no",
  "number",
  "num",
  "is",
  "was",
  "of",
  "on",
  "the",
  "my",
  "her",
  "his",
  "their",
  "date",
  "in",
  "id",
]);

/** Every word that can open a match here; any other token opens one only if it starts with a digit. */
const OPENING_WORDS = new Set([
  ...BIRTH_CUES,
  "birth",
  "d",
  "aged",
  "age",
  "turned",
  "turn",
  "turns",
  ...GOV_ID_LEADS,
  "security",
  ...REFERENCE_LEADS,
  "ref",
  "reference",
]);
const openingFilter = new WordFilter(OPENING_WORDS);

const isNumeric = (w: string) => /^\d+$/.test(w);
const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
const isDay = (w: string) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(w);
const spaceOrCommaGap = (text: string, a: Token, b: Token) => /^[ ,]{1,2}$/.test(gap(text, a, b));

/** A date starting at token i: 12/03/1990, 1990-03-12, 12 March 1990, 12th March 1990, March 12, 1990. Returns the last token index. */
export function dateAt(tokens: readonly Token[], text: string, i: number): number | undefined {
  const a = tokens[i];
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  if (!a || !b) return undefined;
  if (isNumeric(a.text) && isNumeric(b.text) && c && isNumeric(c.text)) {
    const s1 = gap(text, a, b);
    const s2 = gap(text, b, c);
    if (
      s1 === s2 &&
      (s1 === "/" || s1 === "-" || s1 === ".") &&
      a.text.length <= 4 &&
      b.text.length <= 2 &&
      c.text.length <= 4
    )
      return i + 2;
  }
  if (isDay(a.lower) && MONTHS.has(b.lower) && spaceOrCommaGap(text, a, b)) {
    return c && /^\d{4}$/.test(c.text) && spaceOrCommaGap(text, b, c) ? i + 2 : i + 1;
  }
  if (MONTHS.has(a.lower) && isDay(b.lower) && spaceOrCommaGap(text, a, b)) {
    return c && /^\d{4}$/.test(c.text) && spaceOrCommaGap(text, b, c) ? i + 2 : i + 1;
  }
  return undefined;
}

function ageNumber(t: Token | undefined): boolean {
  if (t === undefined || t.text.length > 3) return false;
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d{1,3}$/.test(t.text) && Number(t.text) <= 120;
}

/** An identifier value: a token holding digits, with "/" or "-" joined neighbours ("2024/0153", "C-10234"). */
function identifierFrom(tokens: readonly Token[], text: string, i: number): number | undefined {
  const first = tokens[i];
  if (
    !first ||
    (!/\d/.test(first.text) && !(tokens[i + 1] && /^[-/]$/.test(gap(text, first, tokens[i + 1]!))))
  )
    return undefined;
  let j = i;
  while (j - i < 5 && tokens[j + 1] && /^[-/]$/.test(gap(text, tokens[j]!, tokens[j + 1]!))) j++;
  const value = text.slice(first.start, tokens[j]!.end);
  const digitCount = value.replace(/\D/g, "").length;
  return digitCount >= 4 && value.length >= 5 ? j : undefined;
}

/**
 * Every match needs a digit token at most this many tokens after its first: a cue, up to three
 * fillers, then a value that may run over a few "-" or "/" joined tokens.
 */
const DIGIT_REACH = 10;

/** "34 years old", "31 y/o": an age written from the number token at i; returns its last token index. */
function ageFromNumber(tokens: readonly Token[], text: string, i: number): number | undefined {
  const next = tokens[i + 1];
  if (!ageNumber(tokens[i]) || !next) return undefined;
  const unit = next.lower;
  const old = tokens[i + 2];
  if ((unit === "years" || unit === "year" || unit === "yrs" || unit === "yr") && old?.lower === "old")
    return i + 2;
  if (unit === "y" && gap(text, next, tokens[i + 2] ?? next) === "/" && tokens[i + 2]?.lower === "o")
    return i + 2;
  return undefined;
}

export function findContextual(
  tokens: readonly Token[],
  text: string,
  digitTokens: readonly number[] = digitTokenIndices(tokens),
  wordHashes?: readonly number[],
): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const cursor: DigitCursor = [0];
  for (let i = 0; i < tokens.length; i++) {
    i = nextPositionNearDigits(digitTokens, cursor, i, DIGIT_REACH);
    if (i < 0) break;
    const t = tokens[i]!;
    const w = t.lower;
    const c0 = w.charCodeAt(0);
    const opens =
      wordHashes !== undefined ? openingFilter.mayHaveHash(wordHashes[i]!) : openingFilter.mayHave(w);
    const cue = opens && OPENING_WORDS.has(w);
    if (!cue) {
      // A number that is no cue word can only open an age ("34 years old"); other words open nothing.
      if (!(c0 >= 48 && c0 <= 57)) continue;
      const last = ageFromNumber(tokens, text, i);
      if (last !== undefined) {
        out.push({ type: "age", start: t.start, end: tokens[last]!.end });
        i = last;
      }
      continue;
    }
    const next = tokens[i + 1];

    // Date of birth: a date within a few words after "born", "DOB", "date of birth", "birthday".
    const birthCue =
      BIRTH_CUES.has(w) ||
      (w === "birth" && tokens[i - 1]?.lower === "of" && tokens[i - 2]?.lower === "date") ||
      (w === "d" && next?.lower === "o" && tokens[i + 2]?.lower === "b");
    if (birthCue) {
      const from = w === "d" ? i + 3 : i + 1;
      for (let j = from; j < Math.min(tokens.length, from + 4); j++) {
        const end = dateAt(tokens, text, j);
        if (end !== undefined) {
          out.push({ type: "date", start: tokens[j]!.start, end: tokens[end]!.end, kind: "date of birth" });
          i = end;
          break;
        }
        if (!FILLER.has(tokens[j]!.lower) && !/^(?:on|in|at|is)$/.test(tokens[j]!.lower)) break;
      }
      continue;
    }

    // Ages: "aged 34", "age 34", "age of 61", "turned 47", "34 years old", "34-year-old", "31 y/o".
    if ((w === "aged" || w === "age" || w === "turned" || w === "turn" || w === "turns") && next) {
      const at = next.lower === "of" ? i + 2 : i + 1;
      const n = tokens[at];
      if (ageNumber(n) && (w !== "age" || at === i + 2 || /^[ :]{1,2}$/.test(gap(text, t, next)))) {
        out.push({ type: "age", start: t.start, end: n!.end });
        i = at;
        continue;
      }
    }
    const ageEnd = ageFromNumber(tokens, text, i);
    if (ageEnd !== undefined) {
      out.push({ type: "age", start: t.start, end: tokens[ageEnd]!.end });
      i = ageEnd;
      continue;
    }

    // Passport, driving licence and US social security numbers introduced by their name.
    if (GOV_ID_LEADS.has(w) || (w === "security" && tokens[i - 1]?.lower === "social")) {
      for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
        const end = identifierFrom(tokens, text, j);
        if (end !== undefined || /\d/.test(tokens[j]!.text)) {
          const last = end ?? j;
          const value = text.slice(tokens[j]!.start, tokens[last]!.end);
          if (value.replace(/\D/g, "").length >= 5 && value.length >= 6) {
            out.push({
              type: "gov_id",
              start: tokens[j]!.start,
              end: tokens[last]!.end,
              kind:
                w === "passport"
                  ? "passport number"
                  : w === "ssn" || w === "security"
                    ? "US social security number"
                    : "driving licence number",
            });
            i = last;
          }
          break;
        }
        if (!FILLER.has(tokens[j]!.lower) && !/^(?:driving|driver|driver's|s)$/.test(tokens[j]!.lower)) break;
      }
      continue;
    }

    // Case and complaint references: "case ref 2024/0153", "complaint no. C-10234", "our reference ABC123456".
    const leadsReference =
      (REFERENCE_LEADS.has(w) && next !== undefined && REFERENCE_WORDS.has(next.lower)) ||
      w === "ref" ||
      w === "reference";
    if (leadsReference) {
      const from = REFERENCE_LEADS.has(w) ? i + 2 : i + 1;
      for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
        const end = identifierFrom(tokens, text, j);
        if (end !== undefined) {
          out.push({ type: "reference", start: tokens[j]!.start, end: tokens[end]!.end });
          i = end;
          break;
        }
        if (!REFERENCE_WORDS.has(tokens[j]!.lower) && !FILLER.has(tokens[j]!.lower)) break;
      }
    }
  }
  return out;
}
