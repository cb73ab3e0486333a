import { ruleTester } from "../../testing/rule-tester.ts";
import { insecureHttpRule } from "./insecure-http.ts";

ruleTester.run(insecureHttpRule, {
  valid: ["Visit https://example.org", "Visit example.org", "Visit http://www.malvern-tc.gov.uk/events"],
  invalid: [
    {
      text: "Tickets at http://example.org/tickets, thanks",
      errors: [
        {
          spanText: "http://example.org/tickets",
          severity: "advice",
          suggestion: "https://example.org/tickets",
          message:
            "This link uses plain http://, which browsers mark as not secure. Use https:// if the site supports it.",
        },
      ],
    },
    {
      text: "HTTP://EXAMPLE.ORG",
      errors: [{ span: { start: 0, end: 18 }, suggestion: "https://EXAMPLE.ORG" }],
    },
  ],
});
