import type { AuditEventRow } from "../../db/schema/audit-events.ts";

/** An audit event as the API and exports show it; before/after parsed back from JSON. */
export interface AuditEventView {
  id: string;
  organisationId: string;
  seq: number;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  at: string;
  ip: string | null;
  device: string | null;
  prevHash: string;
  hash: string;
}

export function auditEventView(row: AuditEventRow): AuditEventView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    seq: Number(row.seq),
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    at: row.at,
    ip: row.ip,
    device: row.device,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
