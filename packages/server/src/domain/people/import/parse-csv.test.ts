import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "./parse-csv.ts";

describe("parseCsv", () => {
  it("reads plain and quoted cells with their line numbers", () => {
    const text = '\ufeffa,b,c\r\n1,"two, too","say ""hi"""\n\n3,"multi\nline",x\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", "two, too", 'say "hi"'] },
      { line: 4, cells: ["3", "multi\nline", "x"] },
    ]);
  });

  it("keeps empty cells and a last line without a line break", () => {
    expect(parseCsv("a,,c\n,,")).toEqual([
      { line: 1, cells: ["a", "", "c"] },
      { line: 2, cells: ["", "", ""] },
    ]);
  });

  it("names the line of an unclosed quote", () => {
    expect(() => parseCsv('a\n"open\nstill open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open\nstill open')).toThrow(/line 2/);
  });

  it("refuses text after a closing quote", () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/closing quote/);
  });

  it("stays linear on a long hostile line", () => {
    const started = performance.now();
    parseCsv(`${'"'.repeat(2)}${",".repeat(200_000)}${'""'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
