import type { Selectable } from "kysely";

/**
 * One entry in an organisation's append-only audit chain. `seq` counts 1, 2, 3... per
 * organisation with no gaps; `hash` covers the row's content and `prev_hash`, so editing,
 * removing or inserting a row breaks the chain (see domain/audit/audit-hash.ts).
 * `before` and `after` are canonical JSON text (sorted keys), hashed exactly as stored.
 */
export interface AuditEventsTable {
  id: string;
  organisation_id: string;
  seq: number;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before: string | null;
  after: string | null;
  at: string;
  ip: string | null;
  device: string | null;
  prev_hash: string;
  hash: string;
}

export type AuditEventRow = Selectable<AuditEventsTable>;
