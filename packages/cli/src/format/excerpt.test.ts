import { describe, expect, it } from "vitest";
import { renderExcerpt, TextLines } from "./excerpt.ts";

const render = (text: string, start: number, end: number, options = {}) =>
  renderExcerpt(new TextLines(text), { start, end }, options);

describe("renderExcerpt", () => {
  it("puts carets under the span on its own line, with the line number", () => {
    expect(render("first\nsecond line here", 13, 17)).toEqual(["2 | second line here", "  |        ^^^^"]);
  });

  it("shows every line of a multi-line span with its own carets", () => {
    const text = "one\ntwo three\nfour";
    expect(render(text, 8, 16)).toEqual(["2 | two three", "  |     ^^^^^", "3 | four", "  | ^^"]);
  });

  it("stops after maxLines and says how many lines are left", () => {
    const text = "a\nb\nc\nd\ne";
    expect(render(text, 0, text.length, { maxLines: 2 })).toEqual([
      "1 | a",
      "  | ^",
      "2 | b",
      "  | ^",
      "  | … 3 more lines",
    ]);
  });

  it("handles CRLF line ends", () => {
    expect(render("x\r\nab cd\r\n", 6, 8)).toEqual(["2 | ab cd", "  |    ^^"]);
  });

  it("expands tabs to tab stops so carets stay aligned", () => {
    expect(render("a\tb", 2, 3)).toEqual(["1 | a   b", "  |     ^"]);
  });

  it("gives wide characters and emoji two columns, and surrogate pairs one place", () => {
    expect(render("市役所 a@b.co", 4, 10)).toEqual(["1 | 市役所 a@b.co", "  |        ^^^^^^"]);
    expect(render("😀 x", 0, 2)).toEqual(["1 | 😀 x", "  | ^^"]);
  });

  it("makes control and invisible characters visible instead of sending them to the terminal", () => {
    const [line, carets] = render("a\u0007b\u202ec\u200bd", 0, 7);
    expect(line).toBe("1 | a\u2407b<U+202E>c<U+200B>d");
    expect(carets).toBe(`  | ${"^".repeat(21)}`);
    expect(render("\ud800x", 0, 1)[0]).toBe("1 | \ufffdx");
  });

  it("marks a zero-length span with one caret", () => {
    expect(render("abc", 1, 1)).toEqual(["1 | abc", "  |  ^"]);
    expect(render("abc", 3, 3)).toEqual(["1 | abc", "  |    ^"]);
  });

  it("clips a very long line around the span, cheaply", () => {
    const text = `${"x".repeat(1_000_000)}SECRET${"y".repeat(1_000_000)}`;
    const start = performance.now();
    const [line, carets] = render(text, 1_000_000, 1_000_006, { maxWidth: 60 });
    expect(performance.now() - start).toBeLessThan(50);
    expect(line).toBe(`1 | …${"x".repeat(30)}SECRET${"y".repeat(24)}…`);
    expect(carets).toBe(`  |  ${" ".repeat(30)}^^^^^^`);
  });
});
