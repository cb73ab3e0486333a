import { statSync } from "node:fs";
import { Option, type Command } from "commander";
import { CsvError } from "../scan/csv-parser.ts";
import { JsonStreamError } from "../scan/json-array-items.ts";
import { progressFor } from "../scan/progress.ts";
import {
  detectInputFormat,
  INPUT_FORMATS,
  InputError,
  readPosts,
  type InputFormat,
} from "../scan/read-posts.ts";
import { REPORT_FORMATS, ReportWriter, reportFormatFor, type ReportFormat } from "../scan/report-writer.ts";
import { formatSummary, SummaryCounter } from "../scan/summary.ts";
import { processIO, writeOut, type CliIO } from "./cli-io.ts";
import { addScreeningOptions, buildEngine, UsageError, type ScreeningOptions } from "./screening-options.ts";
import { readFileHead } from "../scan/file-head.ts";

interface ScanOptions extends ScreeningOptions {
  column: string;
  field: string;
  input?: InputFormat;
  out?: string;
  format?: ReportFormat;
  json?: boolean;
  quiet?: boolean;
}

/** `postwarden scan FILE`: screens every post in an export and summarises the findings by clause. */
export function registerScan(program: Command, io: CliIO = processIO): void {
  const command = program
    .command("scan")
    .description(
      "Screen every post in a CSV, JSON Lines, Mastodon outbox.json or X/Twitter tweets.js export.",
    )
    .argument("<file>", "the export to screen");
  addScreeningOptions(command)
    .option("--column <name>", "CSV: the column holding the post text", "text")
    .option("--field <name>", "JSON Lines: the field holding the post text", "text")
    .addOption(
      new Option("--input <format>", "the file's format (default: from its name and content)").choices([
        ...INPUT_FORMATS,
      ]),
    )
    .option("--out <file>", "write a report: one entry per post with findings (JSON Lines, or CSV for .csv)")
    .addOption(
      new Option("--format <format>", "report format (default: from the --out name)").choices([
        ...REPORT_FORMATS,
      ]),
    )
    .option("--json", "print the summary as JSON")
    .option("--quiet", "do not print skipped records")
    .action(async (file: string, options: ScanOptions) => {
      try {
        await scan(file, options, io);
      } catch (err) {
        if (err instanceof UsageError || err instanceof InputError) {
          command.error(`postwarden scan: ${err.message}`, { exitCode: 2 });
        }
        if (err instanceof CsvError || err instanceof JsonStreamError) {
          command.error(`postwarden scan: ${file}: ${err.message}`, { exitCode: 2 });
        }
        throw err;
      }
    });
}

async function scan(file: string, options: ScanOptions, io: CliIO): Promise<void> {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UsageError(`${file} is not a file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (options.format && !options.out) throw new UsageError("--format needs --out FILE");
  const engine = buildEngine(options);
  const format = options.input ?? detectInputFormat(file, readFileHead(file));
  const summary = new SummaryCounter();
  const progress = progressFor(io.stderr, size);
  const report = options.out
    ? new ReportWriter(options.out, reportFormatFor(options.out, options.format))
    : undefined;
  const posts = readPosts(file, {
    format,
    column: options.column,
    field: options.field,
    onBytes: (bytes) => progress.read(bytes),
    onSkip: (where, reason) => {
      summary.skip();
      if (!options.quiet && !io.stderr.isTTY) io.stderr.write(`skipped ${where}: ${reason}\n`);
    },
  });
  try {
    for await (const post of posts) {
      const { findings } = engine.screen({ text: post.text, kind: options.kind, media: post.media });
      summary.add(findings);
      progress.screened();
      await report?.write(post, findings);
    }
  } finally {
    progress.stop();
    await report?.close();
  }
  const result = summary.result();
  await writeOut(io.stdout, options.json ? `${JSON.stringify(result, null, 2)}\n` : formatSummary(result));
  io.setExitCode(summary.blocked ? 1 : 0);
}
