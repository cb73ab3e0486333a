import { ruleTester } from "../../testing/rule-tester.ts";
import { altTextRule } from "./alt-text.ts";

ruleTester.run(altTextRule, {
  valid: [
    "No images here",
    {
      text: "Fun day photos",
      media: [{ kind: "image", altText: "Children on the bouncy castle in Priory Park" }],
    },
    { text: "Our video", media: [{ kind: "video" }] },
  ],
  invalid: [
    {
      text: "Fun day photos",
      media: [
        { kind: "image", altText: "A stall" },
        { kind: "image", altText: "   ", name: "castle.jpg" },
        { kind: "image" },
      ],
      errors: [
        {
          noSpan: true,
          severity: "approval",
          message:
            "Image 2 (castle.jpg) has no alt text. Describe what it shows so people using screen readers are not left out.",
        },
        {
          noSpan: true,
          message:
            "Image 3 has no alt text. Describe what it shows so people using screen readers are not left out.",
        },
      ],
    },
    {
      text: "My dog",
      kind: "personal",
      media: [{ kind: "image" }],
      errors: [{ severity: "advice", noSpan: true }],
    },
  ],
});
