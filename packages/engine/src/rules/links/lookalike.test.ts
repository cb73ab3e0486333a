import { ruleTester } from "../../testing/rule-tester.ts";
import { lookalikeRule } from "./lookalike.ts";

ruleTester.run(lookalikeRule, {
  valid: [
    "Pay your council tax at https://www.gov.uk/pay-council-tax",
    "Check your tax code on hmrc.gov.uk today",
    "Apple pie recipes at apple-pie.co.uk",
    "Donate via paypal.me/malvernfoodbank",
    { text: "Our partner: gov-uk.co", context: { allowDomains: ["gov-uk.co"] }, name: "allow-listed" },
  ],
  invalid: [
    {
      text: "Claim your refund: https://hmrc-refund.com/claim",
      errors: [
        {
          spanText: "https://hmrc-refund.com/claim",
          severity: "block",
          message:
            "hmrc-refund.com imitates hmrc but is not hmrc's website: a typical phishing address. Do not post it.",
        },
      ],
    },
    {
      text: "Log in at paypa1.com now",
      errors: [{ spanText: "paypa1.com", messageIncludes: "imitates paypal" }],
    },
    {
      text: "Renew at www.g0v.uk/renew or gov-uk.co",
      errors: [
        { spanText: "www.g0v.uk/renew", messageIncludes: "imitates gov.uk" },
        { spanText: "gov-uk.co", messageIncludes: "imitates gov.uk" },
      ],
    },
    {
      text: "micros0ft.com/security",
      errors: [{ spanText: "micros0ft.com/security", messageIncludes: "imitates microsoft" }],
    },
    {
      text: "https://xn--pypal-4ve.com/",
      name: "Punycode of a Cyrillic look-alike",
      errors: [{ messageIncludes: "imitates paypal" }],
    },
    {
      text: "bаnk.com is new",
      name: "Cyrillic letter in a Latin name",
      errors: [
        {
          spanText: "bаnk.com",
          message:
            "bаnk.com mixes letters from different alphabets, a trick to imitate another website. Do not post it.",
        },
      ],
    },
    {
      text: "Sign in: https://www.malvern-tc.gov.uk@203.0.113.9.example.net/login",
      errors: [
        {
          messageIncludes: "goes to 203.0.113.9.example.net: the text before the @ is a disguise",
          severity: "block",
        },
      ],
    },
    {
      text: "Visit https://xn--mnchen-3ya.de",
      errors: [
        {
          severity: "approval",
          message:
            "xn--mnchen-3ya.de is an international domain name whose letters can imitate other websites. Check it is genuine before posting.",
        },
      ],
    },
  ],
});
