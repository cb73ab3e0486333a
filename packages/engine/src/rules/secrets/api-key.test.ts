import { ruleTester } from "../../testing/rule-tester.ts";
import { apiKeyRule } from "./api-key.ts";

const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

ruleTester.run(apiKeyRule, {
  valid: [
    "The key to success is teamwork.",
    "Token of thanks for our volunteers.",
    { name: "a short AKIA-like word", text: "AKIA is not a key" },
  ],
  invalid: [
    {
      text: "key AKIAIOSFODNN7EXAMPLE here",
      errors: [
        {
          spanText: "AKIAIOSFODNN7EXAMPLE",
          severity: "block",
          messageIncludes: "AWS access key",
          suggestion: "[key removed]",
        },
      ],
    },
    {
      text: "token=ghp_abcdefghijklmnopqrstuvwxyz0123456789",
      errors: [{ spanText: "ghp_abcdefghijklmnopqrstuvwxyz0123456789", messageIncludes: "GitHub" }],
    },
    {
      text: "Slack: xoxb-123456789012-abcdefABCDEF.",
      errors: [{ spanText: "xoxb-123456789012-abcdefABCDEF" }],
    },
    { text: `Bearer ${jwt}`, errors: [{ spanText: jwt, messageIncludes: "JSON Web Token" }] },
    {
      text: "api_key: 9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c",
      errors: [{ spanText: "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c" }],
    },
  ],
});
