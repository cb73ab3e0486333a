import { IDENTIFYING, personalDataRule } from "./personal-data-rule.ts";

/** Case, complaint and customer reference numbers, which point to one person's file. */
export const referenceRule = personalDataRule({
  id: "personal-data/reference",
  types: ["reference"],
  severity: IDENTIFYING,
  description: 'Finds case, complaint and other reference numbers introduced as such ("case ref 2024/0153").',
  message:
    "This is a case or reference number ({value}). In public it links a person to their case; reply privately instead.",
  suggestion: "[reference removed]",
});
