import { ruleTester } from "../../testing/rule-tester.ts";
import { capitalsRule } from "./capitals.ts";

ruleTester.run(capitalsRule, {
  valid: [
    "The NHS and DVLA websites are down. Call HMRC instead.",
    "ROAD CLOSED today on the A449",
    "#FCERM #COP26 #NHS #DVLA and @BBCNEWS",
    "I AM here",
  ],
  invalid: [
    {
      text: "Warning: FLOOD WARNING IN FORCE for the river.",
      errors: [
        {
          spanText: "FLOOD WARNING IN FORCE",
          severity: "advice",
          message:
            "Text in capitals is harder to read and comes across as shouting. Use sentence case; acronyms are fine.",
        },
      ],
    },
    { text: "THE A449 IS CLOSED, AVOID IT. Thanks", errors: [{ spanText: "THE A449 IS CLOSED, AVOID IT" }] },
  ],
});
