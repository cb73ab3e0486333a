import { WordFilter } from "../../text/word-filter.ts";
import { FIRST_NAMES, SURNAMES } from "./gazetteer.generated.ts";

let first: Set<string> | undefined;
let sur: Set<string> | undefined;

/** Given names, folded; built on first use so importing the engine stays cheap. */
export function firstNames(): Set<string> {
  return (first ??= new Set(FIRST_NAMES.split(" ")));
}

/** Family names, folded. */
export function surnames(): Set<string> {
  return (sur ??= new Set(SURNAMES.split(" ")));
}

let firstFilter: WordFilter | undefined;

/** Rules out most words that are not given names before the set is asked. */
export function firstNameFilter(): WordFilter {
  return (firstFilter ??= new WordFilter(firstNames()));
}
