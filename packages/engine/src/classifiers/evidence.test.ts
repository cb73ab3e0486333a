import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.ts";
import { abuseModel } from "../models/abuse.ts";
import { malvernPolicy } from "../policy/malvern.ts";
import { abuseRule } from "../rules/classifiers/abuse.ts";
import { keepsScore } from "./evidence.ts";
import { scoreText } from "./text-scores.ts";

describe("keepsScore", () => {
  it("keeps a score at or above the lowest cut-off given", () => {
    expect(keepsScore(0.3, { advice: 0.3, approval: 0.8 })).toBe(true);
    expect(keepsScore(0.29, { advice: 0.3, approval: 0.8 })).toBe(false);
    expect(keepsScore(0.85, { approval: 0.8 })).toBe(true);
    expect(keepsScore(0.5, { approval: 0.8, block: 0.9 })).toBe(false);
  });
  it("keeps every score without cut-offs, and none with an empty set", () => {
    expect(keepsScore(0.01, undefined)).toBe(true);
    expect(keepsScore(0.99, {})).toBe(false);
  });
});

describe("explained findings follow the pack's thresholds", () => {
  const text = "the bins were late again, not impressed";
  const score = scoreText(text).byModel.abuse.probability;
  const screen = (advice?: number) =>
    createEngine({
      policy: {
        ...malvernPolicy,
        defaults: { enabled: false },
        rules: {
          [abuseRule.meta.id]: { enabled: true, ...(advice === undefined ? {} : { thresholds: { advice } }) },
        },
      },
      context: { now: "2026-05-01T00:00:00Z" },
      rules: [abuseRule],
    }).screen({ text, kind: "post" }).findings;

  it("scores the mild text between the negligible floor and the default advice cut-off", () => {
    expect(score).toBeGreaterThan(0.02);
    expect(score).toBeLessThan(abuseModel.threshold);
  });
  it("reports it with evidence once a pack lowers the advice cut-off below its score", () => {
    expect(screen()).toEqual([]);
    const [finding] = screen(0.02);
    expect(finding?.severity).toBe("advice");
    expect(finding?.evidence?.length).toBeGreaterThan(0);
  });
});
