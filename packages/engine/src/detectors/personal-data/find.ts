import type { AnalysedText } from "../../rule.ts";
import { findAddresses } from "./address.ts";
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
  "iban", "ni_number", "nhs_number", "card_number", "bank_account", "ip_address", "gov_id",
  "date", "reference", "postcode", "address", "phone", "age",
];
const RANK = new Map(PRIORITY.map((t, i) => [t, i]));

function resolve(candidates: PersonalDataMatch[], length: number): PersonalDataMatch[] {
  const ordered = [...candidates].sort((a, b) => RANK.get(a.type)! - RANK.get(b.type)! || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: PersonalDataMatch[] = [];
  for (const m of ordered) {
    let free = true;
    for (let k = m.start; k < m.end; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

const cache = new WeakMap<AnalysedText, PersonalDataMatch[]>();

/** Every piece of personal data in a text except emails and names, computed once per screen and shared by the rules. */
export function findPersonalData(analysed: AnalysedText): PersonalDataMatch[] {
  let found = cache.get(analysed);
  if (!found) {
    const { text, tokens, lower } = analysed;
    found = resolve(
      [
        ...classifyDigitRuns(findDigitRuns(text), text, lower),
        ...findIdentifiers(tokens, text, lower),
        ...findIpv6(text),
        ...findContextual(tokens, text),
        ...findAddresses(tokens, text),
      ],
      text.length,
    );
    cache.set(analysed, found);
  }
  return found;
}

/** The matches of the given types. */
export function personalDataOfType(analysed: AnalysedText, ...types: PersonalDataType[]): PersonalDataMatch[] {
  return findPersonalData(analysed).filter((m) => types.includes(m.type));
}
