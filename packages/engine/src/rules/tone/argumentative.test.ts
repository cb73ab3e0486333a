import { ruleTester } from "../../testing/rule-tester.ts";
import { argumentativeRule } from "./argumentative.ts";

ruleTester.run(argumentativeRule, {
  valid: [
    { text: "Thanks for getting in touch. The bins are collected on Tuesdays.", kind: "reply" },
    "Obviously we want everyone to enjoy the fireworks safely.",
    "As we approach winter, please check your gutters.",
  ],
  invalid: [
    {
      text: "As we already told you, the bins go out on Tuesday.",
      kind: "reply",
      errors: [
        {
          spanText: "As we already told you",
          severity: "approval",
          message:
            '"As we already told you" argues with or mocks the reader. Stay courteous: answer the point, or take it to a private message.',
        },
      ],
    },
    {
      text: "You clearly didn't read the post. Get your facts right.",
      kind: "reply",
      errors: [{ spanText: "You clearly didn't read" }, { spanText: "Get your facts right" }],
    },
    {
      text: "Yeah right, well done genius",
      errors: [{ spanText: "Yeah right" }, { spanText: "well done genius" }],
    },
    {
      text: "With respect, you are wrong",
      kind: "reply",
      errors: [{ spanText: "With respect, you are wrong" }],
    },
    {
      text: "Obviously the park is closed at night.",
      kind: "reply",
      errors: [
        {
          spanText: "Obviously",
          severity: "advice",
          message:
            '"Obviously" can read as talking down to the person you reply to. Consider leaving it out.',
        },
      ],
    },
  ],
});
