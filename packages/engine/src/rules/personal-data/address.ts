import { IDENTIFYING, personalDataRule } from "./personal-data-rule.ts";

/** Street addresses: house number and street, flats and units, common European shapes. */
export const addressRule = personalDataRule({
  id: "personal-data/address",
  types: ["address"],
  severity: IDENTIFYING,
  description: 'Finds street addresses such as "12 Priory Road" or "Flat 3, 12 High Street".',
  message:
    "This looks like a street address ({value}). Do not publish where someone lives without their consent.",
  suggestion: "[address removed]",
});
