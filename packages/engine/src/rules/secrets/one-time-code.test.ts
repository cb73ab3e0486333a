import { ruleTester } from "../../testing/rule-tester.ts";
import { oneTimeCodeRule } from "./one-time-code.ts";

ruleTester.run(oneTimeCodeRule, {
  valid: ["Our postcode is WR14 3AF.", "Dress code is smart casual.", "The code of conduct applies."],
  invalid: [
    {
      text: "Your verification code is 482913.",
      errors: [{ spanText: "482913", severity: "block", suggestion: "[code removed]" }],
    },
    { text: "security code: 5521", errors: [{ spanText: "5521" }] },
    { text: "OTP 77123401", errors: [{ spanText: "77123401" }] },
  ],
});
