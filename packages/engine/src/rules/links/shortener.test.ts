import { ruleTester } from "../../testing/rule-tester.ts";
import { shortenerRule } from "./shortener.ts";

ruleTester.run(shortenerRule, {
  valid: [
    "Bin collections: https://www.malvern-tc.gov.uk/bins",
    "Read more at example.org/news",
    {
      text: "Our page: bit.ly/malverntc",
      context: { allowDomains: ["bit.ly"] },
      name: "allow-listed shortener",
    },
  ],
  invalid: [
    {
      text: "Full details here: https://bit.ly/3xYz9 and tinyurl.com/abc.",
      errors: [
        {
          spanText: "https://bit.ly/3xYz9",
          severity: "advice",
          message:
            "bit.ly is a link shortener: readers cannot see where it goes. Use the full address, or say where it goes.",
        },
        { spanText: "tinyurl.com/abc", messageIncludes: "tinyurl.com is a link shortener" },
      ],
    },
    {
      text: "Survey (t.co/Ab12)",
      kind: "reply",
      errors: [{ span: { start: 8, end: 17 }, severity: "advice" }],
    },
  ],
});
