import { ruleTester } from "../../testing/rule-tester.ts";
import { downloadRule } from "./download.ts";

ruleTester.run(downloadRule, {
  valid: [
    "Minutes: https://example.org/minutes.pdf",
    "Our site runs on node.js and example.com",
    "https://example.org/page?file=setup.exe",
    { text: "Form: https://malvern-tc.gov.uk/forms/pack.zip", name: "allowed domain" },
  ],
  invalid: [
    {
      text: "Install the update: https://example.com/download/setup.exe.",
      errors: [
        {
          spanText: "https://example.com/download/setup.exe",
          severity: "block",
          message:
            "This link downloads a program or script (.exe), which can carry malware. Link to a web page instead.",
        },
      ],
    },
    {
      text: "example.net/app/Invoice.JS?x=1",
      errors: [{ spanText: "example.net/app/Invoice.JS?x=1", messageIncludes: "(.js)" }],
    },
    {
      text: "Photos: https://files.example.org/photos.zip",
      errors: [
        {
          severity: "approval",
          message:
            "This link downloads an archive (.zip), a common way to spread malware. Link to a web page, or get approval.",
        },
      ],
    },
  ],
});
