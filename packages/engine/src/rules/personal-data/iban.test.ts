import { ruleTester } from "../../testing/rule-tester.ts";
import { ibanRule } from "./iban.ts";

ruleTester.run(ibanRule, {
  valid: [{ name: "fails mod 97", text: "IBAN GB82WEST12345698765433" }, "GB is where we live."],
  invalid: [
    {
      text: "Send to GB82WEST12345698765432 today",
      errors: [
        {
          spanText: "GB82WEST12345698765432",
          dataType: "iban",
          severity: "block",
          suggestion: "[IBAN removed]",
        },
      ],
    },
    { text: "IBAN: GB82 WEST 1234 5698 7654 32.", errors: [{ spanText: "GB82 WEST 1234 5698 7654 32" }] },
    { text: "de89370400440532013000", errors: [{ spanText: "de89370400440532013000" }] },
  ],
});
