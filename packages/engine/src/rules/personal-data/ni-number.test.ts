import { ruleTester } from "../../testing/rule-tester.ts";
import { niNumberRule } from "./ni-number.ts";

ruleTester.run(niNumberRule, {
  valid: [
    { name: "D is not a valid first letter", text: "Ref DA123456A" },
    { name: "O is not a valid second letter", text: "Ref AO123456A" },
    { name: "GB is never issued", text: "Ref GB123456A" },
    { name: "suffix must be A to D", text: "Ref AB123456E" },
    { name: "lower case without a cue", text: "see ab123456c" },
  ],
  invalid: [
    {
      text: "My NI number is AB123456C.",
      errors: [
        {
          spanText: "AB123456C",
          dataType: "ni_number",
          severity: "block",
          suggestion: "[NI number removed]",
        },
      ],
    },
    { text: "NI: JG 12 34 56 A", errors: [{ spanText: "JG 12 34 56 A" }] },
    { text: "national insurance ce123456d", errors: [{ spanText: "ce123456d" }] },
    { text: "AB 123456 C", kind: "personal", errors: [{ spanText: "AB 123456 C", severity: "approval" }] },
  ],
});
