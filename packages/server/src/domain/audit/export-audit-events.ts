import type { Db } from "../../db/database.ts";
import { auditEventView, type AuditEventView } from "./audit-event-view.ts";

export const AUDIT_EXPORT_FORMATS = ["jsonl", "csv"] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export interface ExportAuditEventsProps {
  db: Db;
  organisationId: string;
  format: AuditExportFormat;
  batchSize?: number;
}

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "id",
  "at",
  "actor_id",
  "action",
  "subject_type",
  "subject_id",
  "before",
  "after",
  "ip",
  "device",
  "prev_hash",
  "hash",
] as const;

/**
 * The organisation's whole chain, oldest first, as lines of JSON Lines or CSV (header first),
 * read in batches so an export of any size streams. Each yielded string ends with a newline.
 */
export async function* exportAuditEvents(props: ExportAuditEventsProps): AsyncGenerator<string> {
  const batchSize = props.batchSize ?? 1000;
  if (props.format === "csv") yield `${AUDIT_CSV_COLUMNS.join(",")}\r\n`;
  let afterSeq = 0;
  for (;;) {
    const rows = await props.db
      .selectFrom("audit_events")
      .selectAll()
      .where("organisation_id", "=", props.organisationId)
      .where("seq", ">", afterSeq)
      .orderBy("seq")
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      const event = auditEventView(row);
      yield props.format === "jsonl" ? `${JSON.stringify(event)}\n` : csvLine(event);
    }
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    afterSeq = Number(last.seq);
  }
}

function csvLine(event: AuditEventView): string {
  const cells: Record<(typeof AUDIT_CSV_COLUMNS)[number], string> = {
    seq: String(event.seq),
    id: event.id,
    at: event.at,
    actor_id: event.actorId ?? "",
    action: event.action,
    subject_type: event.subjectType,
    subject_id: event.subjectId,
    before: event.before === null ? "" : JSON.stringify(event.before),
    after: event.after === null ? "" : JSON.stringify(event.after),
    ip: event.ip ?? "",
    device: event.device ?? "",
    prev_hash: event.prevHash,
    hash: event.hash,
  };
  return `${AUDIT_CSV_COLUMNS.map((c) => csvCell(cells[c])).join(",")}\r\n`;
}

/**
 * RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
