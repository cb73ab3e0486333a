import { ruleTester } from "../../testing/rule-tester.ts";
import { govIdRule } from "./gov-id.ts";

ruleTester.run(govIdRule, {
  valid: [
    "Bring your passport to the polling station.",
    "SSN-style 000-12-3456 is never issued",
    "Licence fees rise in April.",
  ],
  invalid: [
    {
      text: "Here's my SSN: 460-89-9847",
      errors: [
        { spanText: "460-89-9847", dataType: "gov_id", severity: "block", suggestion: "[ID number removed]" },
      ],
    },
    {
      text: "passport number 123456789",
      errors: [{ spanText: "123456789", messageIncludes: "passport number" }],
    },
    { text: "my driver's license number is 2270-66-1551", errors: [{ spanText: "2270-66-1551" }] },
  ],
});
