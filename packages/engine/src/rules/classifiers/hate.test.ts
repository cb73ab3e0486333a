import { ruleTester } from "../../testing/rule-tester.ts";
import { hateRule } from "./hate.ts";

ruleTester.run(hateRule, {
  valid: [
    "Malvern celebrates Pride month with events in Priory Park.",
    "The mosque, church and synagogue open their doors for heritage weekend.",
    "The bins will be collected on Tuesday.",
  ],
  invalid: [
    {
      text: "I hate all faggots",
      errors: [{ spanText: "faggots", messageIncludes: "may attack people for who they are" }],
    },
    {
      name: "disguised slur",
      text: "those n1ggers should go back where they came from",
      errors: [{ spanText: "n1ggers", messageIncludes: "Equality and Diversity" }],
    },
  ],
});
