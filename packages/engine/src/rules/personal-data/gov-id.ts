import { SENSITIVE, personalDataRule } from "./personal-data-rule.ts";

/** Passport, driving licence and US social security numbers. */
export const govIdRule = personalDataRule({
  id: "personal-data/gov-id",
  types: ["gov_id"],
  severity: SENSITIVE,
  description: "Finds passport and driving licence numbers named as such, and US social security numbers.",
  message: "This looks like an official identity number ({kind}: {value}). It must never be published.",
  suggestion: "[ID number removed]",
});
