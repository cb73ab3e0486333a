import { SENSITIVE, personalDataRule } from "./personal-data-rule.ts";

/** National Insurance numbers with prefixes HMRC actually issues. */
export const niNumberRule = personalDataRule({
  id: "personal-data/ni-number",
  types: ["ni_number"],
  severity: SENSITIVE,
  description: "Finds UK National Insurance numbers, checked against HMRC's prefix and suffix rules.",
  message: "This is a National Insurance number ({value}). It must never be published.",
  suggestion: "[NI number removed]",
});
