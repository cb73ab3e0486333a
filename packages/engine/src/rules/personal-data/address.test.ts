import { ruleTester } from "../../testing/rule-tester.ts";
import { addressRule } from "./address.ts";

ruleTester.run(addressRule, {
  valid: [
    "The road will close at 9 tonight.",
    "We planted 40 trees on the Common.",
    { name: "lower-case street words are ordinary prose", text: "3 main roads were closed" },
  ],
  invalid: [
    {
      text: "Mrs Jones of 12 Priory Road complained.",
      errors: [
        {
          spanText: "12 Priory Road",
          dataType: "address",
          severity: "approval",
          suggestion: "[address removed]",
        },
      ],
    },
    { text: "Deliver to Flat 3, 12 High Street please", errors: [{ spanText: "Flat 3, 12 High Street" }] },
    { text: "He moved to 4a Church Lane.", errors: [{ spanText: "4a Church Lane" }] },
    { text: "Our office: Via Franscini 71, Lugano", errors: [{ spanText: "Via Franscini 71" }] },
    {
      text: "Lives at 1668 Glyn St",
      kind: "personal",
      errors: [{ spanText: "1668 Glyn St", severity: "advice" }],
    },
  ],
});
