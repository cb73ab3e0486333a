import { ruleTester } from "../../testing/rule-tester.ts";
import { abuseRule } from "./abuse.ts";

ruleTester.run(abuseRule, {
  valid: [
    "The bins will be collected on Tuesday.",
    "Thank you to the volunteers who cleared the brook today.",
    "Malvern celebrates Pride month with events in Priory Park.",
  ],
  invalid: [
    {
      name: "masked profanity is read as the word",
      text: "You are a f*cking idiot",
      errors: [{ spanText: "f*cking", severity: "block", messageIncludes: "“f*cking”" }],
    },
    {
      name: "personal posts are never blocked",
      text: "Shut the fuck up you stupid bitch",
      kind: "personal",
      errors: [
        { spanText: "stupid", severity: "approval", messageIncludes: "offensive or abusive (100% likely)" },
      ],
    },
    {
      name: "a hate finding is always an abuse finding",
      text: "those niggers should go back where they came from",
      errors: [{ spanText: "niggers", messageIncludes: "Council accounts must not publish offensive" }],
    },
    {
      name: "spaced-out letters",
      text: "what a load of s h i t",
      errors: [{ spanText: "s h i t" }],
    },
  ],
});
