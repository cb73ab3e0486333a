import type { Token } from "../../text/tokenize.ts";
import { digitTokenIndices, nextPositionNearDigits, type DigitCursor } from "./digit-tokens.ts";
import type { PersonalDataMatch } from "./types.ts";

/** Street address shapes read from tokens: "12 High Street", "Flat 3, 12 Priory Road", "Via Franscini 71". */

const STREET_TYPES = new Set([
  "road",
  "rd",
  "street",
  "st",
  "lane",
  "ln",
  "avenue",
  "ave",
  "av",
  "close",
  "cl",
  "drive",
  "dr",
  "way",
  "crescent",
  "cres",
  "place",
  "pl",
  "terrace",
  "tce",
  "gardens",
  "gdns",
  "court",
  "ct",
  "grove",
  "gr",
  "hill",
  "walk",
  "row",
  "square",
  "sq",
  "park",
  "mews",
  "parade",
  "view",
  "rise",
  "green",
  "boulevard",
  "blvd",
  "croft",
  "meadow",
  "meadows",
  "fields",
  "path",
  "vale",
  "gate",
  "wharf",
  "yard",
  "end",
  "highway",
  "hwy",
  "circle",
  "cir",
  "plaza",
  "trail",
  "parkway",
  "pkwy",
  "alley",
  "street's",
  "streets",
  "roads",
  "lanes",
  "squares",
  "drives",
  "courts",
  "villas",
  "heights",
  "orchard",
  "wynd",
  "brae",
]);
/** Words that open a street name in many European addresses, before the house number. */
const LEADING_STREET_WORDS = new Set([
  "rua",
  "via",
  "calle",
  "avenida",
  "rue",
  "viale",
  "piazza",
  "plaza",
  "ulica",
  "ul",
  "strada",
  "carrer",
  "avinguda",
  "praça",
  "largo",
  "corso",
]);
/** Endings of one-word street names: Koskikatu, Hauptstraße, Storgatan, Præstevænget, Keizersgracht... */
const STREET_SUFFIXES = [
  "strasse",
  "straße",
  "str",
  "katu",
  "tie",
  "gatan",
  "vägen",
  "vej",
  "gade",
  "weg",
  "laan",
  "straat",
  "utca",
  "gasse",
  "platz",
  "ring",
  "allee",
  "vænget",
  "kuja",
  "polku",
  "väg",
  "tér",
  "út",
  "gracht",
  "plein",
  "veien",
  "gata",
];
const UNIT_WORDS = new Set(["flat", "apartment", "apt", "unit", "suite", "room", "house"]);

const isHouseNumber = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && w.length <= 6 && /^\d{1,5}[a-zA-Z]?$/.test(w);
};
const isCapitalised = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return t.text !== t.lower && !(c >= 48 && c <= 57);
};
/** One or two spaces and nothing else between the tokens. */
const spaceGap = (text: string, a: Token, b: Token) => {
  const gap = b.start - a.end;
  return (
    (gap === 1 || gap === 2) &&
    text.charCodeAt(a.end) === 32 &&
    (gap === 1 || text.charCodeAt(a.end + 1) === 32)
  );
};

function endsLikeStreet(lower: string): boolean {
  return STREET_SUFFIXES.some((s) => lower.length > s.length + 2 && lower.endsWith(s));
}

/** Every address has its house number within this many tokens of its first word ("Rua do Arenque 1634"). */
const NUMBER_REACH = 4;

/** Indices of the tokens that can be house numbers ("12", "3b"), from those holding a digit. */
export function houseNumberTokens(tokens: readonly Token[], digitTokens: readonly number[]): number[] {
  const out: number[] = [];
  for (const k of digitTokens) if (isHouseNumber(tokens[k]!.text)) out.push(k);
  return out;
}

export function findAddresses(
  tokens: readonly Token[],
  text: string,
  houseNumbers: readonly number[] = houseNumberTokens(tokens, digitTokenIndices(tokens)),
): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  const cursor: DigitCursor = [0];
  for (let i = 0; i < tokens.length; i++) {
    i = nextPositionNearDigits(houseNumbers, cursor, i, NUMBER_REACH);
    if (i < 0) break;
    const t = tokens[i]!;

    // "Flat 3", "Apt. 864", "Suite 501": a unit, possibly followed by the house and street.
    // Cheap tests first: most tokens here are followed by no house number.
    if (
      tokens[i + 1] &&
      isHouseNumber(tokens[i + 1]!.text) &&
      UNIT_WORDS.has(t.lower) &&
      isCapitalised(t) &&
      /^\.? {1,2}$|^ ?#$/.test(text.slice(t.end, tokens[i + 1]!.start))
    ) {
      let end = i + 1;
      const after = tokens[i + 2];
      if (after && isHouseNumber(after.text) && /^, ?$/.test(text.slice(tokens[i + 1]!.end, after.start))) {
        const street = streetAfterNumber(tokens, text, i + 2);
        if (street !== undefined) end = street;
      }
      out.push({ type: "address", start: t.start, end: tokens[end]!.end });
      i = end;
      continue;
    }

    // "12 High Street", "1668 Glyn St", "14 Crown Street".
    if (isHouseNumber(t.text)) {
      // Building and house number together ("17151 2450 Crown St") are one address.
      const second = tokens[i + 1];
      const twoNumbers = second !== undefined && isHouseNumber(second.text) && spaceGap(text, t, second);
      const end = streetAfterNumber(tokens, text, twoNumbers ? i + 1 : i);
      if (end !== undefined) {
        out.push({ type: "address", start: t.start, end: tokens[end]!.end });
        i = end;
        continue;
      }
    }

    // "Via Franscini 71", "Rua do Arenque 1634", "Koskikatu 25".
    // A street name is capitalised, which rules out most tokens before any word-list lookup.
    if (!isCapitalised(t)) continue;
    const numberNext = tokens[i + 1] !== undefined && isHouseNumber(tokens[i + 1]!.text);
    const leading = LEADING_STREET_WORDS.has(t.lower);
    if (leading || (numberNext && t.text.length > 4 && endsLikeStreet(t.lower))) {
      for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
        if (!spaceGap(text, tokens[j - 1]!, tokens[j]!)) break;
        if (isHouseNumber(tokens[j]!.text)) {
          out.push({ type: "address", start: t.start, end: tokens[j]!.end });
          i = j;
          break;
        }
        if (!LEADING_STREET_WORDS.has(t.lower)) break;
      }
    }
  }
  return out;
}

/** From a house number at i, up to four capitalised words ending in a street type; returns the last token index. */
function streetAfterNumber(tokens: readonly Token[], text: string, i: number): number | undefined {
  const first = tokens[i + 1];
  // "636 Rue de la Gare": a leading street word, then the name's words on the same line.
  if (
    first &&
    isCapitalised(first) &&
    LEADING_STREET_WORDS.has(first.lower) &&
    spaceGap(text, tokens[i]!, first)
  ) {
    let j = i + 1;
    while (
      j - i < 5 &&
      tokens[j + 1] &&
      spaceGap(text, tokens[j]!, tokens[j + 1]!) &&
      !/\d/.test(tokens[j + 1]!.text)
    )
      j++;
    return j;
  }
  for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
    const w = tokens[j]!;
    if (!spaceGap(text, tokens[j - 1]!, w) || !isCapitalised(w)) return undefined;
    if (j > i + 1 && STREET_TYPES.has(w.lower)) return j;
  }
  return undefined;
}
