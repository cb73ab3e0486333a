import { ruleTester } from "../../testing/rule-tester.ts";
import { nhsNumberRule } from "./nhs-number.ts";

ruleTester.run(nhsNumberRule, {
  valid: [
    { name: "fails the modulus 11 check", text: "NHS number 943 476 5910" },
    { name: "ten plain digits without a cue", text: "Order 9434765919 shipped" },
  ],
  invalid: [
    {
      text: "Her NHS number is 943 476 5919.",
      errors: [
        {
          spanText: "943 476 5919",
          dataType: "nhs_number",
          severity: "block",
          suggestion: "[NHS number removed]",
        },
      ],
    },
    { text: "nhs no 9434765919", errors: [{ spanText: "9434765919" }] },
    { text: "Patient 401 023 2137 seen", errors: [{ spanText: "401 023 2137" }] },
  ],
});
