import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import {
  Evaluation,
  TEXT_KINDS,
  createEngine,
  malvernPolicy,
  validateRow,
  type EvalReport,
  type EvalRow,
  type Score,
  type TextKind,
} from "@postwarden/engine";

export interface EvalOptions {
  json?: boolean;
  kind?: string;
}

/** A problem with the input file, reported as one clear line and a non-zero exit. */
export class EvalInputError extends Error {}

/** Reads a JSON Lines file line by line and scores the engine on it. */
export async function evaluateFile(file: string, kind: TextKind = "post"): Promise<EvalReport> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new EvalInputError(`cannot read ${file}: no such file`);
  const engine = createEngine({ policy: malvernPolicy, context: { now: "2026-01-15T12:00:00Z" } });
  const evaluation = new Evaluation((text) => engine.screen({ text, kind }).findings);
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new EvalInputError(`${file}:${lineNo}: not valid JSON`);
    }
    const problem = validateRow(value);
    if (problem) throw new EvalInputError(`${file}:${lineNo}: ${problem}`);
    evaluation.add(value as EvalRow);
  }
  if (lineNo === 0) throw new EvalInputError(`${file}: the file is empty`);
  return evaluation.report(file);
}

const pct = (x: number) => x.toFixed(3);

function tableOf(title: string, scores: Record<string, Score>): string[] {
  const names = Object.keys(scores);
  if (names.length === 0) return [];
  const width = Math.max(title.length, ...names.map((n) => n.length));
  const head = `${title.padEnd(width)}  ${"tp".padStart(6)} ${"fp".padStart(6)} ${"fn".padStart(6)}  precision  recall     f1`;
  const rows = names.map((n) => {
    const s = scores[n]!;
    return `${n.padEnd(width)}  ${String(s.tp).padStart(6)} ${String(s.fp).padStart(6)} ${String(s.fn).padStart(6)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(5)}`;
  });
  return [head, "-".repeat(head.length), ...rows, ""];
}

/** The human-readable form of a report. */
export function formatReport(report: EvalReport): string {
  return [
    `${report.file}: ${report.rows} rows`,
    "",
    ...tableOf("category", report.categories),
    ...tableOf("data type", report.types),
  ].join("\n");
}

/** `postwarden eval FILE.jsonl [--json]`: precision, recall and F1 of the engine on labelled data. */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("Score the engine on a labelled JSON Lines file (classification or span format)")
    .argument("<file>", "labelled .jsonl file")
    .option("--json", "print one JSON object instead of a table")
    .option("--kind <kind>", `kind of text to screen as: ${TEXT_KINDS.join(", ")}`, "post")
    .action(async (file: string, options: EvalOptions) => {
      const kind = options.kind ?? "post";
      if (!TEXT_KINDS.includes(kind as TextKind)) {
        console.error(`postwarden eval: --kind must be one of ${TEXT_KINDS.join(", ")}`);
        process.exitCode = 2;
        return;
      }
      try {
        const report = await evaluateFile(file, kind as TextKind);
        console.log(options.json ? JSON.stringify(report) : formatReport(report));
      } catch (err) {
        if (!(err instanceof EvalInputError)) throw err;
        console.error(`postwarden eval: ${err.message}`);
        process.exitCode = 1;
      }
    });
}
