import { IDENTIFYING, personalDataRule } from "./personal-data-rule.ts";

/** Personal telephone numbers; organisations' freephone and 03 numbers are left alone. */
export const phoneRule = personalDataRule({
  id: "personal-data/phone",
  types: ["phone"],
  severity: IDENTIFYING,
  description:
    "Finds telephone numbers of people (UK and international), but not organisations' 0800/03xx/084x numbers.",
  message:
    "This looks like a personal phone number ({value}). Publish it only if it is a council or service number meant for the public.",
  suggestion: "[phone number removed]",
});
