import { ruleTester } from "../../testing/rule-tester.ts";
import { emailRule } from "./email.ts";

ruleTester.run(emailRule, {
  valid: [
    "Email us at enquiries@malvern-tc.gov.uk for bookings.",
    "The meeting is at 7pm @ the Priory Park bandstand.",
    { text: "Write to press@partner.org.uk", context: { allowDomains: ["partner.org.uk"] } },
  ],
  invalid: [
    {
      text: "Contact Jane on jane.smith@gmail.com about her complaint.",
      errors: [
        {
          spanText: "jane.smith@gmail.com",
          dataType: "email",
          severity: "approval",
          suggestion: "[email address removed]",
          messageIncludes: "jane.smith@gmail.com",
        },
      ],
    },
    {
      text: "a@b.co and x.y@example.org",
      kind: "personal",
      errors: [
        { spanText: "a@b.co", severity: "advice" },
        { spanText: "x.y@example.org", severity: "advice" },
      ],
    },
  ],
});
