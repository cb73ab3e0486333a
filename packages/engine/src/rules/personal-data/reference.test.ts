import { ruleTester } from "../../testing/rule-tester.ts";
import { referenceRule } from "./reference.ts";

ruleTester.run(referenceRule, {
  valid: ["For reference, the park opens at 9.", "Case study: our new bins.", "See ref 12 below"],
  invalid: [
    {
      text: "Your case ref 2024/0153 is open.",
      errors: [
        {
          spanText: "2024/0153",
          dataType: "reference",
          severity: "approval",
          suggestion: "[reference removed]",
        },
      ],
    },
    { text: "complaint no. C-10234 was upheld", errors: [{ spanText: "C-10234" }] },
    { text: "Our reference ABC123456.", errors: [{ spanText: "ABC123456" }] },
  ],
});
