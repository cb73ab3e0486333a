import { secretRule } from "./secret-rule.ts";

/** "Your verification code is 482913": a code that unlocks an account. */
export const oneTimeCodeRule = secretRule({
  id: "secrets/one-time-code",
  kind: "one_time_code",
  description: "Finds one-time, verification and security codes that unlock an account.",
  message: "This looks like a {label}. Sharing it lets someone else into the account.",
  suggestion: "[code removed]",
});
