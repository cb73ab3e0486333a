import type { Finding } from "@postwarden/engine";
import { describe, expect, it } from "vitest";
import { highlightSegments } from "./segments.ts";

function finding(start: number, end: number): Finding {
  return {
    ruleId: "personal-data/email",
    category: "personal_data",
    clauses: ["procedure.8.b"],
    severity: "block",
    message: "An email address",
    span: { start, end },
  };
}

const flat = (text: string, findings: Finding[]) =>
  highlightSegments(text, findings).map((s) => [s.text, s.findings, s.starts, s.ends]);

describe("highlightSegments", () => {
  it("returns the whole text as one unmarked segment when nothing was found", () => {
    expect(flat("Hello there", [])).toEqual([["Hello there", [], [], []]]);
  });

  it("returns nothing for empty text", () => {
    expect(highlightSegments("", [])).toEqual([]);
  });

  it("marks one span in the middle", () => {
    expect(flat("Write to a@b.uk today", [finding(9, 15)])).toEqual([
      ["Write to ", [], [], []],
      ["a@b.uk", [0], [0], [0]],
      [" today", [], [], []],
    ]);
  });

  it("splits overlapping spans into flat pieces that name every finding covering them", () => {
    expect(flat("abcdefgh", [finding(1, 5), finding(3, 7)])).toEqual([
      ["a", [], [], []],
      ["bc", [0], [0], []],
      ["de", [0, 1], [1], [0]],
      ["fg", [1], [], [1]],
      ["h", [], [], []],
    ]);
  });

  it("ignores findings without a span and clamps spans that run past the text", () => {
    const whole: Finding = { ...finding(0, 0), span: undefined };
    expect(flat("abc", [whole, finding(2, 99)])).toEqual([
      ["ab", [], [], []],
      ["c", [1], [1], [1]],
    ]);
  });

  it("keeps the pieces joined back into the original text, surrogate pairs included", () => {
    const text = "Hi 👋 there, call 07700 900123";
    const segments = highlightSegments(text, [finding(18, 30), finding(3, 5)]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});
