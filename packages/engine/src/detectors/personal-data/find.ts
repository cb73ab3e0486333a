import type { AnalysedText } from "../../rule.ts";
import { findAddresses, houseNumberTokens } from "./address.ts";
import { findContextual } from "./contextual.ts";
import { findDigitRuns } from "./digit-runs.ts";
import { findIdentifiers } from "./identifiers.ts";
import { findIpv6 } from "./ipv6.ts";
import { classifyDigitRuns } from "./numbers.ts";
import type { PersonalDataMatch, PersonalDataType } from "./types.ts";

/**
 * When two finders claim overlapping text, the more specific wins: a checksum-validated
 * identifier beats a number named by context, which beats an address (house number, street
 * name and type), which beats a phone-shaped number.
 */
const PRIORITY: PersonalDataType[] = [
  "iban",
  "ni_number",
  "nhs_number",
  "card_number",
  "bank_account",
  "ip_address",
  "gov_id",
  "date",
  "reference",
  "postcode",
  "address",
  "phone",
  "age",
];
const RANK = new Map(PRIORITY.map((t, i) => [t, i]));

function resolve(candidates: PersonalDataMatch[], length: number): PersonalDataMatch[] {
  if (candidates.length <= 1) return candidates;
  const ordered = candidates.sort((a, b) => RANK.get(a.type)! - RANK.get(b.type)! || a.start - b.start);
  const kept: PersonalDataMatch[] = [];
  if (ordered.length <= 32) {
    // Few candidates, the usual case: compare pairwise rather than allocate a mask of the text.
    for (const m of ordered) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  } else {
    const taken = new Uint8Array(length);
    for (const m of ordered) {
      let free = true;
      for (let k = m.start; k < m.end; k++) {
        if (taken[k]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, m.start, m.end);
      kept.push(m);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The rules of one screen ask in turn for the same text, so remembering the last text is
 * enough; a WeakMap keyed by every screened text costs more in garbage collection than it saves.
 */
let lastAnalysed: AnalysedText | undefined;
let lastFound: PersonalDataMatch[] = [];

/** Every piece of personal data in a text except emails and names, computed once per screen and shared by the rules. */
export function findPersonalData(analysed: AnalysedText): PersonalDataMatch[] {
  if (analysed !== lastAnalysed) {
    const text = analysed.text;
    let candidates: PersonalDataMatch[];
    const { digits, colons } = analysed.summary;
    if (digits === 0) {
      // Every finder but the IPv6 one needs an ASCII digit; most posts have none. An IPv6 address has two colons.
      candidates = colons < 2 ? [] : findIpv6(text);
    } else {
      const { tokens, lower, digitTokens } = analysed;
      // A classified number has six digits or four groups (an IPv4 address); an identifier has two
      // (a postcode's least). Texts with fewer digits, a time or a count, skip those scans.
      candidates = digits < 4 ? [] : classifyDigitRuns(findDigitRuns(text), text, lower);
      if (digits >= 2) pushAll(candidates, findIdentifiers(tokens, text, lower, digitTokens));
      if (colons >= 2) pushAll(candidates, findIpv6(text));
      pushAll(candidates, findContextual(tokens, text, digitTokens, analysed.wordHashes));
      pushAll(candidates, findAddresses(tokens, text, houseNumberTokens(tokens, digitTokens)));
    }
    lastFound = resolve(candidates, text.length);
    lastAnalysed = analysed;
  }
  return lastFound;
}

function pushAll<T>(into: T[], from: readonly T[]): void {
  for (let k = 0; k < from.length; k++) into.push(from[k]!);
}

const NONE: readonly PersonalDataMatch[] = [];

/** The matches of the given types. */
export function personalDataOfType(
  analysed: AnalysedText,
  ...types: PersonalDataType[]
): readonly PersonalDataMatch[] {
  return personalDataOf(analysed, types);
}

/** The matches whose type is in `types`, without a rest-argument array per call. */
export function personalDataOf(
  analysed: AnalysedText,
  types: readonly PersonalDataType[],
): readonly PersonalDataMatch[] {
  const found = findPersonalData(analysed);
  // Most texts have none: no array per rule that asks.
  if (found.length === 0) return NONE;
  const out: PersonalDataMatch[] = [];
  for (let k = 0; k < found.length; k++) if (types.includes(found[k]!.type)) out.push(found[k]!);
  return out;
}
