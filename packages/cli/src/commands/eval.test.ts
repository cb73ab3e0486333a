import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EvalInputError, evaluateFile, formatReport } from "./eval.ts";

const dir = mkdtempSync(join(tmpdir(), "pw-eval-"));
const write = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
};

describe("postwarden eval", () => {
  it("scores a span file per data type", async () => {
    const text = "Email jo@example.com today";
    const file = write("spans.jsonl", [
      JSON.stringify({ id: "1", text, spans: [{ start: 6, end: 20, type: "email" }] }),
      JSON.stringify({ id: "2", text: "nothing here", spans: [] }),
    ]);
    const report = await evaluateFile(file);
    expect(report.rows).toBe(2);
    expect(report.types.email).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(formatReport(report)).toMatch(/email\s+1\s+0\s+0/);
  });

  it("rejects a missing file", async () => {
    await expect(evaluateFile(join(dir, "absent.jsonl"))).rejects.toThrow(EvalInputError);
  });

  it("names the line of a malformed row", async () => {
    const file = write("bad.jsonl", [JSON.stringify({ text: "ok", categories: [] }), "{not json"]);
    await expect(evaluateFile(file)).rejects.toThrow(/bad\.jsonl:2: not valid JSON/);
    const file2 = write("bad2.jsonl", [JSON.stringify({ words: "no text" })]);
    await expect(evaluateFile(file2)).rejects.toThrow(/:1: missing string "text"/);
  });
});
