import { SENSITIVE, personalDataRule } from "./personal-data-rule.ts";

/** Sort codes with account numbers, and account numbers named as such. */
export const bankAccountRule = personalDataRule({
  id: "personal-data/bank-account",
  types: ["bank_account"],
  severity: SENSITIVE,
  description: "Finds UK bank details: a sort code with an account number, or either one named as such.",
  message: "These look like bank details ({kind}: {value}). Bank details must never be published.",
  suggestion: "[bank details removed]",
});
