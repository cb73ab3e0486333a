import { IDENTIFYING, personalDataRule } from "./personal-data-rule.ts";

/** A person's age: "aged 34", "34 years old", "34-year-old". */
export const ageRule = personalDataRule({
  id: "personal-data/age",
  types: ["age"],
  severity: IDENTIFYING,
  description: 'Finds a person\'s age ("aged 34", "34-year-old"), which helps identify them.',
  message: "This gives someone's age ({value}). Leave it out unless the person agreed to it.",
  suggestion: "[age removed]",
});
