import { createHash } from "node:crypto";
import type { AuditEventRow } from "../../db/schema/audit-events.ts";

/** The prev_hash of an organisation's first event. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields a hash covers: everything in the row except the hash itself. */
export type HashedAuditFields = Omit<AuditEventRow, "hash">;

/**
 * SHA-256 over a JSON array of the content fields in a fixed order. An array (not an object)
 * keeps the serialisation independent of key order, and JSON escaping keeps fields from
 * running into each other.
 */
export function auditEventHash(row: HashedAuditFields): string {
  const content = JSON.stringify([
    "postwarden-audit-v1",
    row.id,
    row.organisation_id,
    Number(row.seq),
    row.actor_id,
    row.action,
    row.subject_type,
    row.subject_id,
    row.before,
    row.after,
    row.at,
    row.ip,
    row.device,
    row.prev_hash,
  ]);
  return createHash("sha256").update(content, "utf8").digest("hex");
}
