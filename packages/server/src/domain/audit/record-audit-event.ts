import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import type { AuditAction } from "./actions.ts";
import { auditEventHash, GENESIS_HASH, type HashedAuditFields } from "./audit-hash.ts";
import { canonicalJson } from "./canonical-json.ts";
import { redactSecrets } from "./redact-secrets.ts";

export interface AuditEventInput {
  organisationId: string;
  /** The member of staff who acted; null for the system (scheduled jobs, first start). */
  actorId: string | null;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  /** The subject before and after the change: redacted views, never secrets. */
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  device?: string | null;
  /** When it happened; defaults to now. */
  at?: Date;
}

/**
 * Appends an event to the organisation's audit chain. Pass the transaction that makes the
 * change, so the change and its record commit together; given a plain database handle it
 * opens a transaction of its own.
 *
 * Ordering: the organisation's chain-head row is created if missing (which on SQLite takes
 * the write lock before anything is read) and then bumped with UPDATE ... RETURNING (which on
 * PostgreSQL row-locks it until commit), so concurrent writers queue for the next seq.
 */
export async function recordAuditEvent(trx: Db, event: AuditEventInput): Promise<void> {
  if (!trx.isTransaction) {
    await trx.transaction().execute((inner) => recordAuditEvent(inner, event));
    return;
  }
  await trx
    .insertInto("audit_chain_heads")
    .values({ organisation_id: event.organisationId, last_seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column("organisation_id").doNothing())
    .execute();
  const head = await trx
    .updateTable("audit_chain_heads")
    .set((eb) => ({ last_seq: eb("last_seq", "+", 1) }))
    .where("organisation_id", "=", event.organisationId)
    .returning(["last_seq", "last_hash"])
    .executeTakeFirstOrThrow();

  const fields: HashedAuditFields = {
    id: newId(),
    organisation_id: event.organisationId,
    seq: Number(head.last_seq),
    actor_id: event.actorId,
    action: event.action,
    subject_type: event.subjectType,
    subject_id: event.subjectId,
    before: snapshot(event.before),
    after: snapshot(event.after),
    at: toTimestamp(event.at ?? new Date()),
    ip: event.ip ?? null,
    device: event.device?.slice(0, 512) ?? null,
    prev_hash: head.last_hash,
  };
  const hash = auditEventHash(fields);
  await trx
    .insertInto("audit_events")
    .values({ ...fields, hash })
    .execute();
  await trx
    .updateTable("audit_chain_heads")
    .set({ last_hash: hash })
    .where("organisation_id", "=", event.organisationId)
    .execute();
}

function snapshot(value: unknown): string | null {
  return value === undefined ? null : canonicalJson(redactSecrets(value));
}
