import { secretRule } from "./secret-rule.ts";

/** "password: hunter2", "the pw is swordfish", "passcode 4821". */
export const passwordRule = secretRule({
  id: "secrets/password",
  kind: "password",
  description: "Finds passwords, passcodes and PINs written out in the text.",
  message:
    "This looks like a {label}. Never share passwords in a post or message; change it now if it was sent.",
  suggestion: "[password removed]",
});
