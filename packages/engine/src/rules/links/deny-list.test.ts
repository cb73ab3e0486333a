import { ruleTester } from "../../testing/rule-tester.ts";
import { denyListRule } from "./deny-list.ts";

const context = { denyDomains: ["badnews.co.uk"] };

ruleTester.run(denyListRule, {
  valid: [
    "Nothing denied here: example.org",
    { text: "Good source: goodnews.co.uk/a", context },
    { text: "notbadnews.co.uk is a different domain", context },
  ],
  invalid: [
    {
      text: "As reported at https://www.badnews.co.uk/story",
      context,
      errors: [
        {
          spanText: "https://www.badnews.co.uk/story",
          severity: "block",
          message: "The council does not allow links to badnews.co.uk. Remove this link.",
        },
      ],
    },
    {
      text: "badnews.co.uk wins over the allow list",
      context: { ...context, allowDomains: ["badnews.co.uk"] },
      errors: [{ spanText: "badnews.co.uk" }],
    },
  ],
});
