import { SEVERITIES, worstSeverity, type Finding, type Severity } from "@postwarden/engine";

type Counts = Record<Severity, number>;
const zero = (): Counts => ({ advice: 0, approval: 0, block: 0 });

export interface ScanSummary {
  posts: number;
  postsWithFindings: number;
  /** Posts by their worst finding. */
  postsBySeverity: Counts;
  findings: number;
  findingsBySeverity: Counts;
  /** Findings per clause id, per severity; a finding citing three clauses counts once under each. */
  byClause: Record<string, Counts>;
  skipped: number;
}

/** Counts as the scan goes; its size depends on the number of clauses, not posts. */
export class SummaryCounter {
  private readonly summary: ScanSummary = {
    posts: 0,
    postsWithFindings: 0,
    postsBySeverity: zero(),
    findings: 0,
    findingsBySeverity: zero(),
    byClause: {},
    skipped: 0,
  };

  add(findings: readonly Finding[]): void {
    const s = this.summary;
    s.posts++;
    const worst = worstSeverity(findings);
    if (worst) {
      s.postsWithFindings++;
      s.postsBySeverity[worst]++;
    }
    for (const f of findings) {
      s.findings++;
      s.findingsBySeverity[f.severity]++;
      for (const clause of f.clauses) (s.byClause[clause] ??= zero())[f.severity]++;
    }
  }

  skip(): void {
    this.summary.skipped++;
  }

  get blocked(): boolean {
    return this.summary.postsBySeverity.block > 0;
  }

  result(): ScanSummary {
    const byClause = Object.fromEntries(
      Object.entries(this.summary.byClause).sort(([a], [b]) => a.localeCompare(b)),
    );
    return { ...this.summary, byClause };
  }
}

const total = (c: Counts) => c.advice + c.approval + c.block;

/** The summary as a plain-text table, busiest clause first. */
export function formatSummary(summary: ScanSummary): string {
  const lines = [
    `Screened ${summary.posts} post${summary.posts === 1 ? "" : "s"}: ${summary.postsWithFindings} with findings ` +
      `(${summary.postsBySeverity.block} blocked, ${summary.postsBySeverity.approval} need approval, ` +
      `${summary.postsBySeverity.advice} advice only)` +
      (summary.skipped > 0 ? `; ${summary.skipped} record${summary.skipped === 1 ? "" : "s"} skipped` : "") +
      ".",
  ];
  const rows = Object.entries(summary.byClause).sort(
    ([a, x], [b, y]) => total(y) - total(x) || a.localeCompare(b),
  );
  if (rows.length > 0) {
    const width = Math.max("clause".length, ...rows.map(([c]) => c.length));
    const cols = SEVERITIES.slice().reverse();
    lines.push("", `${"clause".padEnd(width)}  ${cols.map((c) => c.padStart(8)).join("  ")}     total`);
    for (const [clause, counts] of rows) {
      lines.push(
        `${clause.padEnd(width)}  ${cols.map((c) => String(counts[c]).padStart(8)).join("  ")}  ${String(total(counts)).padStart(8)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
