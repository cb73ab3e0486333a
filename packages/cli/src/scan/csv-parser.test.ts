import { describe, expect, it } from "vitest";
import { CsvError, CsvParser, type CsvRecord } from "./csv-parser.ts";

function parseInChunks(text: string, size: number): CsvRecord[] {
  const parser = new CsvParser();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
  return [...out, ...parser.end()];
}

const SAMPLE = 'id,text\r\n1,"Hello, ""world""\nsecond line"\r\n2,plain\n\n3,"",x\r4,last';

describe("CsvParser", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and any line ending", () => {
    const records = parseInChunks(SAMPLE, 1000);
    expect(records.map((r) => r.fields)).toEqual([
      ["id", "text"],
      ["1", 'Hello, "world"\nsecond line'],
      ["2", "plain"],
      ["3", "", "x"],
      ["4", "last"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 6, 7]);
  });

  it("gives the same records whatever the chunk boundaries", () => {
    const whole = parseInChunks(SAMPLE, 1000);
    for (const size of [1, 2, 3, 5, 7]) expect(parseInChunks(SAMPLE, size)).toEqual(whole);
  });

  it("keeps a quote inside an unquoted field as text", () => {
    expect(parseInChunks('a,say "hi"\n', 100)[0]!.fields).toEqual(["a", 'say "hi"']);
  });

  it("reports an unterminated quote with the line it started on", () => {
    expect(() => parseInChunks('id,text\n1,"never closed\n2,x\n', 4)).toThrow(
      new CsvError("unterminated quoted field in the record starting on line 2"),
    );
  });

  it("bounds a runaway field instead of holding the whole file", () => {
    const parser = new CsvParser(1000);
    expect(() => parser.push(`"${"x".repeat(2000)}`)).toThrow(CsvError);
  });
});
