import type { Finding } from "@postwarden/engine";

/** "No findings", "1 finding", "3 findings": what the status line says and what is read out. */
export function findingsCount(findings: readonly Finding[]): string {
  if (findings.length === 0) return "No findings";
  return findings.length === 1 ? "1 finding" : `${findings.length} findings`;
}

/** The count with the severities spelled out, for the live announcement. */
export function findingsAnnouncement(findings: readonly Finding[]): string {
  const count = findingsCount(findings);
  if (findings.length === 0) return count;
  const blocks = findings.filter((f) => f.severity === "block").length;
  const approvals = findings.filter((f) => f.severity === "approval").length;
  const parts: string[] = [];
  if (blocks > 0) parts.push(`${blocks} ${blocks === 1 ? "blocks" : "block"} publishing`);
  if (approvals > 0) parts.push(`${approvals} ${approvals === 1 ? "needs" : "need"} approval`);
  return parts.length > 0 ? `${count}: ${parts.join(", ")}` : count;
}
