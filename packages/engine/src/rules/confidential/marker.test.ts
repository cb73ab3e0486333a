import { ruleTester } from "../../testing/rule-tester.ts";
import { markerRule } from "./marker.ts";

ruleTester.run(markerRule, {
  valid: [
    "Your responses will be kept confidential and anonymous.",
    "Call our confidential helpline on 0800 000 000.",
    "Part 2 of the survey is now open.",
  ],
  invalid: [
    {
      text: "Attached: the Part 2 item on the depot sale, which is commercially sensitive.",
      errors: [
        {
          spanText: "Part 2 item",
          severity: "approval",
          message:
            '"Part 2 item" marks material that is not for the public. Check nothing confidential is being published.',
        },
        { spanText: "commercially sensitive" },
      ],
    },
    { text: "CONFIDENTIAL: budget draft", errors: [{ span: { start: 0, end: 12 } }] },
    {
      text: "This contains exempt information and legal privilege.",
      kind: "reply",
      errors: [{ spanText: "exempt information" }, { spanText: "legal privilege" }],
    },
    {
      text: "Leaked: the confidential report",
      kind: "personal",
      errors: [{ spanText: "confidential report", severity: "advice" }],
    },
  ],
});
