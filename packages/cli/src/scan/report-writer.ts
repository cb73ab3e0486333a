import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { worstSeverity, type Finding } from "@postwarden/engine";
import type { Post } from "./posts.ts";

export const REPORT_FORMATS = ["jsonl", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const EXCERPT_LENGTH = 200;

export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  // Do not cut a surrogate pair in half.
  const cut = /[\uD800-\uDBFF]/.test(flat[length - 1]!) ? length - 1 : length;
  return `${flat.slice(0, cut)}…`;
}

/**
 * A CSV cell, quoted when needed. Cells that a spreadsheet would run as a formula get a
 * leading apostrophe, since reports are opened in Excel and posts are written by the public.
 */
export function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEADER = [
  "id",
  "line",
  "severity",
  "rule",
  "clauses",
  "message",
  "start",
  "end",
  "matched",
  "suggestion",
  "excerpt",
];

export function reportLines(format: ReportFormat, post: Post, findings: readonly Finding[]): string {
  if (format === "jsonl") {
    const line = {
      id: post.id,
      ...(post.line !== undefined ? { line: post.line } : {}),
      excerpt: excerptOf(post.text),
      worst: worstSeverity(findings),
      findings,
    };
    return `${JSON.stringify(line)}\n`;
  }
  return findings
    .map((f) =>
      [
        post.id,
        post.line,
        f.severity,
        f.ruleId,
        f.clauses.join(";"),
        f.message,
        f.span?.start,
        f.span?.end,
        f.span ? excerptOf(post.text.slice(f.span.start, f.span.end), 100) : undefined,
        f.suggestion,
        excerptOf(post.text),
      ]
        .map(csvCell)
        .join(","),
    )
    .map((row) => `${row}\r\n`)
    .join("");
}

/** Writes one report entry per post with findings, waiting when the disk is slower than screening. */
export class ReportWriter {
  private readonly stream: WriteStream;

  constructor(
    path: string,
    private readonly format: ReportFormat,
  ) {
    this.stream = createWriteStream(path);
    if (format === "csv") this.stream.write(`${CSV_HEADER.join(",")}\r\n`);
  }

  async write(post: Post, findings: readonly Finding[]): Promise<void> {
    if (findings.length === 0) return;
    if (!this.stream.write(reportLines(this.format, post, findings))) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}

export function reportFormatFor(path: string, requested?: string): ReportFormat {
  if (requested !== undefined) return requested as ReportFormat;
  return path.toLowerCase().endsWith(".csv") ? "csv" : "jsonl";
}
