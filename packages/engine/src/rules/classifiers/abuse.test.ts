import { describe, expect, it } from "vitest";
import { abuseModel } from "../../models/abuse.ts";
import { hateModel } from "../../models/hate.ts";
import { ruleTester } from "../../testing/rule-tester.ts";
import { abuseFromHate, abuseRule } from "./abuse.ts";

ruleTester.run(abuseRule, {
  valid: [
    "The bins will be collected on Tuesday.",
    "Thank you to the volunteers who cleared the brook today.",
    "Malvern celebrates Pride month with events in Priory Park.",
  ],
  invalid: [
    {
      name: "masked profanity is read as the word",
      text: "You are a f*cking idiot",
      errors: [{ spanText: "f*cking", severity: "block", messageIncludes: "“f*cking”" }],
    },
    {
      name: "personal posts are never blocked",
      text: "Shut the fuck up you stupid bitch",
      kind: "personal",
      errors: [
        { spanText: "stupid", severity: "approval", messageIncludes: "offensive or abusive (100% likely)" },
      ],
    },
    {
      name: "a hate finding held for approval is always an abuse finding",
      text: "those niggers should go back where they came from",
      errors: [{ spanText: "niggers", messageIncludes: "Council accounts must not publish offensive" }],
    },
    {
      name: "spaced-out letters",
      text: "what a load of s h i t",
      errors: [{ spanText: "s h i t" }],
    },
  ],
});

describe("hate raises abuse only where the hate model is sure", () => {
  const sure = Math.max(hateModel.threshold, hateModel.sureThreshold);
  it("lands the hate approval threshold on the abuse threshold", () => {
    expect(abuseFromHate(sure)).toBeCloseTo(abuseModel.threshold, 9);
    expect(abuseFromHate(1)).toBeCloseTo(1, 9);
  });
  it("keeps hate that is only worth advice below the abuse threshold", () => {
    if (sure > hateModel.threshold)
      expect(abuseFromHate(hateModel.threshold)).toBeLessThan(abuseModel.threshold);
  });
});
