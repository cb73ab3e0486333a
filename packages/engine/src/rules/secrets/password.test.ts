import { ruleTester } from "../../testing/rule-tester.ts";
import { passwordRule } from "./password.ts";

ruleTester.run(passwordRule, {
  valid: [
    "Forgot your password? Reset it here.",
    "The password is required.",
    "Never share your PIN with anyone.",
    "Password managers keep accounts safe.",
  ],
  invalid: [
    {
      text: "password: hunter2",
      errors: [
        {
          spanText: "hunter2",
          severity: "block",
          suggestion: "[password removed]",
          messageIncludes: "password",
        },
      ],
    },
    { text: "the pw is swordfish, don't tell", errors: [{ spanText: "swordfish" }] },
    { text: "Door passcode 4821.", errors: [{ spanText: "4821", messageIncludes: "passcode" }] },
    { text: "log in with pwd=Tr0ub4dor&3 today", errors: [{ spanText: "Tr0ub4dor&3" }] },
    {
      text: "My PIN is 1234",
      kind: "personal",
      errors: [{ spanText: "1234", severity: "block", messageIncludes: "PIN" }],
    },
  ],
});
