import { SENSITIVE, personalDataRule } from "./personal-data-rule.ts";

/** Payment card numbers: 13 to 19 digits (12 when called a card) passing the Luhn check. */
export const cardNumberRule = personalDataRule({
  id: "personal-data/card-number",
  types: ["card_number"],
  severity: SENSITIVE,
  description: "Finds payment card numbers (Luhn-valid, plain, spaced or hyphenated).",
  message: "This looks like a payment card number ({value}). Card numbers must never be published.",
  suggestion: "[card number removed]",
});
