import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";

/** Ends a grant and any shared-login check-out it allowed, with its audit event. Inside a transaction. */
export async function endGrant(
  trx: Db,
  grant: { id: string; organisationId: string; userId: string; accountId: string; state: string },
  end: {
    actorId: string | null;
    reason: string;
    state: "revoked" | "expired";
    now: Date;
    ip?: string | null;
  },
): Promise<boolean> {
  const at = toTimestamp(end.now);
  const changed = await trx
    .updateTable("access_grants")
    .set({ state: end.state, ended_at: at, ended_by: end.actorId, end_reason: end.reason, updated_at: at })
    .where("id", "=", grant.id)
    .where("state", "=", grant.state as "active")
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) !== 1) return false;
  await trx
    .updateTable("credential_checkouts")
    .set({ ended_at: at, end_reason: "revoked" })
    .where("user_id", "=", grant.userId)
    .where("account_id", "=", grant.accountId)
    .where("ended_at", "is", null)
    .execute();
  await recordAuditEvent(trx, {
    organisationId: grant.organisationId,
    actorId: end.actorId,
    action: end.state === "revoked" ? "grant.revoked" : "grant.expired",
    subjectType: "access_grant",
    subjectId: grant.id,
    before: { state: grant.state },
    after: { state: end.state, reason: end.reason, endedAt: at },
    ip: end.ip ?? null,
    at: end.now,
  });
  return true;
}
