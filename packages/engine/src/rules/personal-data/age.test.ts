import { ruleTester } from "../../testing/rule-tester.ts";
import { ageRule } from "./age.ts";

ruleTester.run(ageRule, {
  valid: ["The hall is 120 years young.", "Age UK runs the lunch club.", "We turned the lights off at 10."],
  invalid: [
    {
      text: "A man aged 34 was hurt.",
      errors: [{ spanText: "aged 34", dataType: "age", severity: "approval", suggestion: "[age removed]" }],
    },
    { text: "The 34-year-old was hurt", errors: [{ spanText: "34-year-old" }] },
    { text: "He is 79 years old", errors: [{ spanText: "79 years old" }] },
    { text: "retired at the age of 61", errors: [{ spanText: "age of 61" }] },
    { text: "I'm 31 y/o", kind: "personal", errors: [{ spanText: "31 y/o", severity: "advice" }] },
  ],
});
