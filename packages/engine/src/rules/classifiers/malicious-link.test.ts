import { ruleTester } from "../../testing/rule-tester.ts";
import { maliciousLinkRule } from "./malicious-link.ts";

ruleTester.run(maliciousLinkRule, {
  valid: [
    "Details at https://www.malvern-tc.gov.uk/events",
    "Read more: https://t.co/abcdEF1234",
    "No links here, just the bin collection dates.",
    {
      text: "Partner page: https://phish-looking-login.example.xyz/signin",
      context: { allowDomains: ["example.xyz"] },
    },
  ],
  invalid: [
    {
      text: "Check your account at http://192.168.2.4/paypal/login now",
      errors: [
        {
          spanText: "http://192.168.2.4/paypal/login",
          severity: "block",
          messageIncludes: "looks like phishing or malware",
        },
      ],
    },
    {
      name: "only the bad link of two",
      text: "Verify at http://paypal-secure-verify.account-update.xyz/login.php or www.bbc.co.uk/news/uk-england-hereford-worcester-123456",
      errors: [
        {
          spanText: "http://paypal-secure-verify.account-update.xyz/login.php",
          messageIncludes: "credential word in domain",
        },
      ],
    },
  ],
});
