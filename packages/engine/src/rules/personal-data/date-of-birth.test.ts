import { ruleTester } from "../../testing/rule-tester.ts";
import { dateOfBirthRule } from "./date-of-birth.ts";

ruleTester.run(dateOfBirthRule, {
  valid: [
    "The fair is on 12/06/2026.",
    "Born and raised in Malvern, she opened the shop in 1990.",
    "Happy birthday to the Priory!",
  ],
  invalid: [
    {
      text: "She was born on 2/8/1935.",
      errors: [
        { spanText: "2/8/1935", dataType: "date", severity: "block", suggestion: "[date of birth removed]" },
      ],
    },
    { text: "DOB: 1990-03-12", errors: [{ spanText: "1990-03-12" }] },
    { text: "date of birth 12 March 1990, thanks", errors: [{ spanText: "12 March 1990" }] },
    { text: "his birthday is March 4th", errors: [{ spanText: "March 4th" }] },
    {
      text: "d.o.b. 01.02.1980",
      kind: "personal",
      errors: [{ spanText: "01.02.1980", severity: "approval" }],
    },
  ],
});
