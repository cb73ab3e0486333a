import type { Finding, Severity } from "@postwarden/engine";
import { describe, expect, it } from "vitest";
import { findingsAnnouncement, findingsCount } from "./summary.ts";

const withSeverities = (...severities: Severity[]): Finding[] =>
  severities.map((severity) => ({
    ruleId: "x/y",
    category: "tone",
    clauses: ["procedure.9.c"],
    severity,
    message: "m",
  }));

describe("findingsCount", () => {
  it.each([
    [0, "No findings"],
    [1, "1 finding"],
    [3, "3 findings"],
  ])("counts %i findings", (n, expected) => {
    expect(findingsCount(withSeverities(...Array<Severity>(n).fill("advice")))).toBe(expected);
  });
});

describe("findingsAnnouncement", () => {
  it("spells out what blocks publishing and what needs approval", () => {
    expect(findingsAnnouncement(withSeverities("block", "approval", "approval", "advice"))).toBe(
      "4 findings: 1 blocks publishing, 2 need approval",
    );
  });

  it("says only the count when everything is advice", () => {
    expect(findingsAnnouncement(withSeverities("advice"))).toBe("1 finding");
  });
});
