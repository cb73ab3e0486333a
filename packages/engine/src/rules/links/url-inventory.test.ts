import { ruleTester } from "../../testing/rule-tester.ts";
import { urlInventoryRule } from "./url-inventory.ts";

const on = { severity: "advice" as const };

ruleTester.run(urlInventoryRule, {
  valid: [
    { text: "Off unless switched on: https://example.org" },
    { text: "No links, only jane@example.org", setting: on },
  ],
  invalid: [
    {
      text: "See malvern-tc.gov.uk and https://example.org/a.",
      setting: on,
      errors: [
        {
          spanText: "malvern-tc.gov.uk",
          dataType: "url",
          severity: "advice",
          message: "Link to malvern-tc.gov.uk: check it goes where the post says.",
        },
        { spanText: "https://example.org/a", dataType: "url" },
      ],
    },
  ],
});
