import { IDENTIFYING, personalDataRule } from "./personal-data-rule.ts";

/** Full UK postcodes, validated against the Royal Mail format. */
export const postcodeRule = personalDataRule({
  id: "personal-data/postcode",
  types: ["postcode"],
  severity: IDENTIFYING,
  description: "Finds full UK postcodes, which with a house number or name locate a household.",
  message: "This is a full postcode ({value}). With a name or house number it points to someone's home.",
  suggestion: "[postcode removed]",
});
