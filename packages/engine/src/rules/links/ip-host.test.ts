import { ruleTester } from "../../testing/rule-tester.ts";
import { ipHostRule } from "./ip-host.ts";

ruleTester.run(ipHostRule, {
  valid: [
    "Version 1.2.3.4 of the app is out",
    "Visit https://malvern-tc.gov.uk",
    { text: "Camera feed http://10.0.0.5/cam", context: { allowDomains: ["10.0.0.5"] } },
  ],
  invalid: [
    {
      text: "Claim your refund at http://192.168.14.2/refund now",
      errors: [
        {
          spanText: "http://192.168.14.2/refund",
          severity: "approval",
          message:
            "This link goes to a bare IP address (192.168.14.2) rather than a named website. Genuine services rarely do that; check it before posting.",
        },
      ],
    },
    {
      text: "see https://[2001:db8::1]/x",
      kind: "personal",
      errors: [{ spanText: "https://[2001:db8::1]/x", severity: "advice", messageIncludes: "(2001:db8::1)" }],
    },
    {
      text: "http://3232235777/login",
      name: "an IP written as one number",
      errors: [{ spanText: "http://3232235777/login" }],
    },
  ],
});
