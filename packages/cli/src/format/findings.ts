import { worstSeverity, type Finding, type Severity } from "@postwarden/engine";
import { renderExcerpt, TextLines, type ExcerptOptions } from "./excerpt.ts";

const LABEL: Record<Severity, string> = { block: "BLOCK", approval: "APPROVAL", advice: "ADVICE" };

/** "2 findings: 1 block, 1 advice", or a clear all-clear. */
export function findingsHeadline(findings: readonly Finding[]): string {
  if (findings.length === 0) return "No findings: nothing in this text breaks the policy.";
  const counts = (["block", "approval", "advice"] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const worst = worstSeverity(findings);
  const verdict =
    worst === "block"
      ? "This text must not be published."
      : worst === "approval"
        ? "This text needs approval."
        : "Advice only.";
  return `${findings.length} finding${findings.length === 1 ? "" : "s"}: ${counts.join(", ")}. ${verdict}`;
}

/** One finding: severity, rule and clauses, message, suggestion, then the text under a caret line. */
export function formatFinding(finding: Finding, lines: TextLines, options?: ExcerptOptions): string[] {
  const where = finding.span ? positionOf(finding.span.start, lines) : "whole text";
  const out = [`${LABEL[finding.severity]}  ${finding.ruleId}  [${finding.clauses.join(", ")}]  ${where}`];
  out.push(`  ${finding.message}`);
  if (finding.suggestion !== undefined) out.push(`  Suggestion: ${finding.suggestion}`);
  if (finding.score !== undefined) out.push(`  Score: ${finding.score.toFixed(2)}`);
  if (finding.span) out.push(...renderExcerpt(lines, finding.span, options).map((l) => `  ${l}`));
  return out;
}

function positionOf(offset: number, lines: TextLines): string {
  const line = lines.lineOf(offset);
  return `line ${line + 1}, col ${offset - lines.starts[line]! + 1}`;
}

export function formatFindings(text: string, findings: readonly Finding[], options?: ExcerptOptions): string {
  const lines = new TextLines(text);
  const blocks = findings.map((f) => formatFinding(f, lines, options).join("\n"));
  return [...blocks, findingsHeadline(findings)].join("\n\n") + "\n";
}
