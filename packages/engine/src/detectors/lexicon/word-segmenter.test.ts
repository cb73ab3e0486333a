import { describe, expect, it } from "vitest";
import { segmentWords } from "./word-segmenter.ts";

describe("segmentWords", () => {
  it("splits run-together words, keeping unknown names whole", () => {
    expect(segmentWords("floodwarningmalvern")?.words).toEqual(["flood", "warning", "malvern"]);
    expect(segmentWords("floodaware")?.words).toEqual(["flood", "aware"]);
    expect(segmentWords("preparactsurvive")?.words).toContain("survive");
  });
  it("keeps a known single word whole", () => {
    expect(segmentWords("flooding")?.words).toEqual(["flooding"]);
    expect(segmentWords("weekend")?.words).toEqual(["weekend"]);
  });
  it("reports how much it recognised", () => {
    const s = segmentWords("worcestershire")!;
    expect(s.knownShare).toBeLessThan(0.6);
  });
  it("refuses input longer than a hashtag", () => {
    expect(segmentWords("a".repeat(101))).toBeUndefined();
  });
});
