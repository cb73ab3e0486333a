import { ruleTester } from "../../testing/rule-tester.ts";
import { postcodeRule } from "./postcode.ts";

ruleTester.run(postcodeRule, {
  valid: [
    "Our office is in the WR14 area.",
    { name: "letters not used in the inward code", text: "Code QV1 1CI is not a postcode." },
    { name: "lower case is not read as a postcode", text: "see you at wr14 3af" },
  ],
  invalid: [
    {
      text: "She lives at WR14 3AF.",
      errors: [
        {
          spanText: "WR14 3AF",
          dataType: "postcode",
          severity: "approval",
          suggestion: "[postcode removed]",
        },
      ],
    },
    { text: "Send to SW1A 1AA or EC1A1BB", errors: [{ spanText: "SW1A 1AA" }, { spanText: "EC1A1BB" }] },
    { text: "M1 1AE", kind: "personal", errors: [{ spanText: "M1 1AE", severity: "advice" }] },
  ],
});
