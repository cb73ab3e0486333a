import { SENSITIVE, personalDataRule } from "./personal-data-rule.ts";

/** NHS numbers: ten digits passing the modulus 11 check. */
export const nhsNumberRule = personalDataRule({
  id: "personal-data/nhs-number",
  types: ["nhs_number"],
  severity: SENSITIVE,
  description:
    "Finds NHS numbers (ten digits, modulus 11 check digit), which tie a person to health records.",
  message: "This looks like an NHS number ({value}). Health identifiers must never be published.",
  suggestion: "[NHS number removed]",
});
