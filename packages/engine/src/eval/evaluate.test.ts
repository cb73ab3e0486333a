import { describe, expect, it } from "vitest";
import type { Finding } from "../types.ts";
import { Evaluation, validateRow } from "./evaluate.ts";
import { macroF1, toScore } from "./score.ts";

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "t/x",
  category: "personal_data",
  clauses: ["risk.3"],
  severity: "advice",
  message: "m",
  ...over,
});

/** A fake screen that returns canned findings per text. */
const screenFrom = (table: Record<string, Finding[]>) => (text: string) => table[text] ?? [];

describe("macroF1", () => {
  it("averages the F1 of the positive and of the negative class", () => {
    // 10 rows: tp 3, fp 1, fn 2, so tn 4; positive F1 6/9, negative F1 8/11.
    expect(macroF1({ tp: 3, fp: 1, fn: 2 }, 10)).toBeCloseTo((6 / 9 + 8 / 11) / 2, 4);
  });
  it("credits leaving clean texts alone: all-clean rows left alone score 0.5, not 0", () => {
    expect(macroF1({ tp: 0, fp: 0, fn: 0 }, 5)).toBe(0.5);
  });
  it("refuses counts that do not fit in the rows", () => {
    expect(() => macroF1({ tp: 3, fp: 3, fn: 3 }, 8)).toThrow(RangeError);
  });
});

describe("toScore", () => {
  it("computes precision, recall and F1", () => {
    expect(toScore({ tp: 3, fp: 1, fn: 2 })).toEqual({
      tp: 3,
      fp: 1,
      fn: 2,
      precision: 0.75,
      recall: 0.6,
      f1: 0.6667,
    });
  });
  it("gives zeros rather than NaN when nothing was counted", () => {
    expect(toScore({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe("classification rows", () => {
  it("flags a text for a category when any finding has it, and reports only labelled categories", () => {
    const ev = new Evaluation(
      screenFrom({
        a: [finding({ category: "abuse" }), finding({ category: "abuse" })],
        b: [finding({ category: "abuse" }), finding({ category: "political" })],
        c: [],
      }),
    );
    ev.add({ text: "a", categories: ["abuse"] });
    ev.add({ text: "b", categories: [] });
    ev.add({ text: "c", categories: ["hate", "abuse"] });
    const r = ev.report("f.jsonl");
    expect(r.rows).toBe(3);
    expect(r.categories.abuse).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.categories.hate).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.categories.political).toBeUndefined();
    expect(r.types).toEqual({});
  });
});

describe("span rows", () => {
  const text = "Call Ann Lee on 07700 900123";
  it("counts an overlapping finding of the same type as found and the rest as false positives", () => {
    const ev = new Evaluation(
      screenFrom({
        [text]: [
          finding({ dataType: "person", span: { start: 5, end: 8 } }), // overlaps "Ann Lee"
          finding({ dataType: "phone", span: { start: 0, end: 4 } }), // wrong place
          finding({ dataType: "email", span: { start: 16, end: 28 } }), // type the file never labels
        ],
      }),
    );
    ev.add({
      text,
      spans: [
        { start: 5, end: 12, type: "person" },
        { start: 16, end: 28, type: "phone" },
      ],
    });
    const r = ev.report("s.jsonl");
    expect(r.types.person).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.types.phone).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.types.email).toBeUndefined();
  });

  it("does not charge false positives for types a partially annotated row did not check", () => {
    const ev = new Evaluation(
      screenFrom({ x: [finding({ dataType: "phone", span: { start: 0, end: 1 } })] }),
    );
    ev.add({ text: "x", spans: [], checked_types: ["person", "phone"] });
    ev.add({ text: "x", spans: [], checked_types: ["person"] });
    const r = ev.report("w.jsonl");
    expect(r.types.phone).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(r.types.person).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });

  it("counts a gold span once however many findings overlap it", () => {
    const ev = new Evaluation(
      screenFrom({
        "ab cd": [
          finding({ dataType: "person", span: { start: 0, end: 2 } }),
          finding({ dataType: "person", span: { start: 3, end: 5 } }),
        ],
      }),
    );
    ev.add({ text: "ab cd", spans: [{ start: 0, end: 5, type: "person" }] });
    expect(ev.report("d").types.person).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("validateRow", () => {
  it("accepts both formats", () => {
    expect(validateRow({ text: "t", categories: [] })).toBeUndefined();
    expect(validateRow({ text: "abc", spans: [{ start: 0, end: 3, type: "person" }] })).toBeUndefined();
  });
  it("explains what is wrong with a malformed row", () => {
    expect(validateRow([1])).toBe("not a JSON object");
    expect(validateRow({ categories: [] })).toContain("text");
    expect(validateRow({ text: "t" })).toContain("categories");
    expect(validateRow({ text: "ab", spans: [{ start: 0, end: 9, type: "x" }] })).toContain("span");
  });
});
