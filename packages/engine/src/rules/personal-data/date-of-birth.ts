import { SENSITIVE, personalDataRule } from "./personal-data-rule.ts";

/** Dates introduced as a birth date: "born on 12/03/1990", "DOB 1 May 1985". */
export const dateOfBirthRule = personalDataRule({
  id: "personal-data/date-of-birth",
  types: ["date"],
  severity: SENSITIVE,
  description: "Finds dates of birth: a date beside born, DOB, date of birth or birthday.",
  message: "This is a date of birth ({value}). With a name it is enough to steal an identity.",
  suggestion: "[date of birth removed]",
});
