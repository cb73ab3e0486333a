import { ruleTester } from "../../testing/rule-tester.ts";
import { colleagueMentionRule } from "./colleague-mention.ts";

const staff = { staffNames: ["Peter Jones", "Mary Anne Smith", "Cher"] };

ruleTester.run(colleagueMentionRule, {
  valid: [
    { text: "Peter is here and Jones is there.", context: staff },
    { name: "a one-word staff name is not matched alone", text: "Cher sang.", context: staff },
    { name: "no staff list", text: "Peter Jones opened the fair." },
  ],
  invalid: [
    {
      text: "Ask Peter Jones at reception.",
      context: staff,
      errors: [
        {
          spanText: "Peter Jones",
          dataType: "person",
          severity: "advice",
          message:
            "This mentions your colleague Peter Jones. They will be told before it is published; consider their privacy.",
        },
      ],
    },
    {
      text: "thanks to PETER JONES and mary smith!",
      context: staff,
      errors: [{ spanText: "PETER JONES" }, { spanText: "mary smith", messageIncludes: "Mary Anne Smith" }],
    },
    { text: "Mary Anne Smith's team", context: staff, errors: [{ spanText: "Mary Anne Smith's" }] },
  ],
});
