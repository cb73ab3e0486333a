import { ruleTester } from "../../testing/rule-tester.ts";
import { disparagementRule } from "./disparagement.ts";

ruleTester.run(disparagementRule, {
  valid: [
    "Thank you to the volunteers who cleared the brook today.",
    "The library is closed on bank holiday Monday.",
    "Malvern celebrates Pride month with events in Priory Park.",
  ],
  invalid: [
    {
      text: "The council leader is useless and a total disgrace",
      errors: [{ spanText: "disgrace", severity: "approval", messageIncludes: "“disgrace”" }],
    },
    {
      name: "an insult aimed at the reader is held for approval",
      text: "You are a useless idiot",
      errors: [{ spanText: "idiot", severity: "approval" }],
    },
    {
      name: "milder criticism is advice",
      text: "The new manager is a complete joke, worst decision ever",
      errors: [{ spanText: "worst", severity: "advice", messageIncludes: "criticising or mocking someone" }],
    },
  ],
});
