import { secretRule } from "./secret-rule.ts";

/** AWS, GitHub, Slack, Stripe and Google keys, JSON Web Tokens, and random strings named as keys. */
export const apiKeyRule = secretRule({
  id: "secrets/api-key",
  kind: "api_key",
  description:
    "Finds API keys and access tokens (AWS, GitHub, Slack, JWT...) and long random strings labelled key, token or secret.",
  message:
    "This looks like a {label}. Anyone who reads it can use the account: remove it and revoke the key.",
  suggestion: "[key removed]",
});
