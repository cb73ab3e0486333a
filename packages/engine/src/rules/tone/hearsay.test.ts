import { ruleTester } from "../../testing/rule-tester.ts";
import { hearsayRule } from "./hearsay.ts";

ruleTester.run(hearsayRule, {
  valid: [
    "The road will reopen on Monday after resurfacing.",
    "We have heard from many residents and will reply to each.",
    "Sources of funding are listed in the report.",
  ],
  invalid: [
    {
      text: "Apparently the library is closing next year.",
      errors: [
        {
          spanText: "Apparently",
          severity: "approval",
          message:
            '"Apparently" signals a claim that is not confirmed. Post only facts you are sure of, or say where they come from.',
        },
      ],
    },
    {
      text: "Rumour has it the market is moving, and I\u2019ve heard the fair is cancelled",
      errors: [{ spanText: "Rumour has it" }, { spanText: "I\u2019ve heard" }],
    },
    {
      text: "The man allegedly dumped waste; everyone knows who",
      kind: "reply",
      errors: [{ spanText: "allegedly" }, { spanText: "everyone knows" }],
    },
    {
      text: "sources say the pool shuts",
      kind: "personal",
      errors: [{ spanText: "sources say", severity: "advice" }],
    },
  ],
});
