import { ruleTester } from "../../testing/rule-tester.ts";
import { personalWorkMatterRule } from "./personal-work-matter.ts";

ruleTester.run(personalWorkMatterRule, {
  valid: [
    { text: "Lovely walk on the Malvern Hills today", kind: "personal" },
    { text: "My manager would hate this grievance", kind: "post", name: "council posts have their own rule" },
  ],
  invalid: [
    {
      text: "Another grievance from a service user today, honestly",
      kind: "personal",
      errors: [
        {
          spanText: "grievance",
          severity: "advice",
          message:
            'Talks about work ("grievance"). Keep complaints, service users, management and HR matters off personal accounts, even without names: posts about work are never private.',
        },
        { spanText: "service user" },
      ],
    },
    { text: "My line manager is useless", kind: "personal", errors: [{ spanText: "My line manager" }] },
  ],
});
