import { ruleTester } from "../../testing/rule-tester.ts";
import { politicalRule } from "./political.ts";

const election = {
  electionPeriods: [{ name: "Malvern Town Council 2026", start: "2026-05-01", end: "2026-06-30" }],
};

ruleTester.run(politicalRule, {
  valid: [
    "The library is closed on bank holiday Monday.",
    "Thank you to the volunteers who cleared the brook today.",
    "The bins will be collected on Tuesday.",
  ],
  invalid: [
    {
      text: "Democrats want to raise your taxes and destroy jobs. Vote Republican!",
      errors: [
        { spanText: "Republican", severity: "advice", messageIncludes: "partisan or party-political" },
      ],
    },
    {
      name: "held for approval during an election period",
      text: "Democrats want to raise your taxes and destroy jobs. Vote Republican!",
      context: election,
      errors: [
        {
          spanText: "Republican",
          severity: "approval",
          messageIncludes: "during the Malvern Town Council 2026 election period",
        },
      ],
    },
    {
      text: "Obamacare is a disaster, Republicans will repeal it and restore freedom",
      kind: "personal",
      errors: [{ spanText: "Obamacare", severity: "advice" }],
    },
  ],
});
