import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";

/**
 * Ends check-outs whose time is up, each with its audit event. Run by the job queued at each
 * check-out's end time (given its id) and by a periodic sweep (no id). Returns how many ended.
 */
export async function expireCheckouts(
  db: Db,
  options: { checkoutId?: string; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const at = toTimestamp(now);
  let query = db
    .selectFrom("credential_checkouts")
    .select(["id", "organisation_id", "expires_at"])
    .where("ended_at", "is", null)
    .where("expires_at", "<=", at);
  if (options.checkoutId) query = query.where("id", "=", options.checkoutId);
  const due = await query.execute();
  let ended = 0;
  for (const checkout of due) {
    await db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable("credential_checkouts")
        .set({ ended_at: checkout.expires_at, end_reason: "expired" })
        .where("id", "=", checkout.id)
        .where("ended_at", "is", null)
        .executeTakeFirst();
      if (Number(changed.numUpdatedRows) !== 1) return;
      ended += 1;
      await recordAuditEvent(trx, {
        organisationId: checkout.organisation_id,
        actorId: null,
        action: "credential.checkout_expired",
        subjectType: "credential_checkout",
        subjectId: checkout.id,
        before: { endedAt: null },
        after: { endedAt: checkout.expires_at, endReason: "expired" },
        at: now,
      });
    });
  }
  return ended;
}
