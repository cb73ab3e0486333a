import { ruleTester } from "../../testing/rule-tester.ts";
import { hashtagCaseRule } from "./hashtag-case.ts";

ruleTester.run(hashtagCaseRule, {
  valid: [
    "Stay safe #FloodWarningMalvern #NHS #FCERM #COP26 #BinIt4Beaches",
    "Single words are fine: #flooding #Malvern #recycling",
    "Unknown names stay as they are: #worcestershire",
    "Not a hashtag: floodwarningmalvern",
  ],
  invalid: [
    {
      text: "Check levels #floodwarningmalvern today",
      errors: [
        {
          spanText: "#floodwarningmalvern",
          severity: "advice",
          suggestion: "#FloodWarningMalvern",
          message:
            "Write this hashtag as #FloodWarningMalvern so screen readers read each word, and it is easier for everyone to read.",
        },
      ],
    },
    { text: "#Floodaware week", errors: [{ span: { start: 0, end: 11 }, suggestion: "#FloodAware" }] },
    {
      text: "#ROADCLOSED and #FLOODING",
      errors: [
        {
          spanText: "#ROADCLOSED",
          suggestion: "#RoadClosed",
          message:
            "Hashtags in capitals are hard to read and screen readers may spell them out. Write it as #RoadClosed.",
        },
        { spanText: "#FLOODING", suggestion: "#Flooding" },
      ],
    },
  ],
});
