import { SENSITIVE, personalDataRule } from "./personal-data-rule.ts";

/** International bank account numbers passing the mod 97 check. */
export const ibanRule = personalDataRule({
  id: "personal-data/iban",
  types: ["iban"],
  severity: SENSITIVE,
  description: "Finds IBANs (international bank account numbers) that pass the ISO 13616 mod 97 check.",
  message: "This is an IBAN ({value}). Bank details must never be published.",
  suggestion: "[IBAN removed]",
});
