import { ruleTester } from "../../testing/rule-tester.ts";
import { longSentenceRule } from "./long-sentence.ts";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

ruleTester.run(longSentenceRule, {
  valid: [
    `${words(35)}.`,
    `${words(30)}. ${words(30)}! ${words(30)}`,
    `${words(20)}\n${words(20)}`,
    "Visit malvern-tc.gov.uk for details.",
  ],
  invalid: [
    {
      text: `Short one. ${words(36)}. Another short one.`,
      errors: [
        {
          span: { start: 11, end: 11 + words(36).length },
          severity: "advice",
          message:
            "This sentence has 36 words. Sentences under 25 words are easier for everyone to read; try splitting it.",
        },
      ],
    },
    { text: words(50), errors: [{ spanText: words(50), messageIncludes: "50 words" }] },
  ],
});
