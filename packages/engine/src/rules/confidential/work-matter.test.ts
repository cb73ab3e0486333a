import { ruleTester } from "../../testing/rule-tester.ts";
import { workMatterRule } from "./work-matter.ts";

ruleTester.run(workMatterRule, {
  valid: [
    "If you want to make a complaint about a council service, use our online form.",
    "We are sorry to hear about your complaint; please email us.",
    "Our safeguarding policy is on the website.",
    "Scheme safeguarding a variety of protected species such as otters.",
    {
      text: "Disciplinary hearing for Dave on Monday",
      kind: "personal",
      name: "personal posts have their own rule",
    },
  ],
  invalid: [
    {
      text: "The disciplinary hearing for Dave is on Monday.",
      errors: [
        {
          spanText: "disciplinary hearing",
          severity: "block",
          message:
            "Mentions a disciplinary hearing matter about an identifiable person. HR, safeguarding and complaint matters are confidential to the people involved.",
        },
      ],
    },
    {
      text: "Update on the complaint against our housing officer",
      kind: "reply",
      errors: [{ spanText: "complaint against", severity: "block" }],
    },
    { text: "Sarah's grievance has been upheld", errors: [{ spanText: "grievance" }] },
    { text: "Mr Patel is on sickness absence", errors: [{ spanText: "sickness absence" }] },
    { text: "A safeguarding referral was made about her", errors: [{ spanText: "safeguarding referral" }] },
  ],
});
