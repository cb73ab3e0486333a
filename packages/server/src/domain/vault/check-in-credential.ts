import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../authz/checks.ts";
import { credentialPolicy } from "../../authz/credential.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { UserView } from "../users/user-view.ts";
import { toCheckoutView, type CheckoutView } from "./checkout-view.ts";

export interface CheckInCredentialProps {
  db: Db;
  actor: UserView;
  checkoutId: string;
  now?: Date;
  ip?: string | null;
}

/** Ends a check-out early: the holder is done with the shared login (or an admin ends it). */
export async function checkInCredential(props: CheckInCredentialProps): Promise<CheckoutView> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  const row = await db
    .selectFrom("credential_checkouts")
    .selectAll()
    .where("id", "=", props.checkoutId)
    .where("organisation_id", "=", actor.organisationId)
    .executeTakeFirst();
  if (!row) throw new AppError("not_found", "There is no such check-out.");
  const before = toCheckoutView(row);
  authorize(credentialPolicy.canCheckIn(actor, before), actor);
  const at = toTimestamp(now);
  if (row.ended_at || row.expires_at <= at)
    throw new AppError("conflict", "This check-out has already ended.");
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("credential_checkouts")
      .set({ ended_at: at, end_reason: "checked_in" })
      .where("id", "=", row.id)
      .where("ended_at", "is", null)
      .execute();
    const after = { ...before, endedAt: at, endReason: "checked_in" };
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "credential.checked_in",
      subjectType: "credential_checkout",
      subjectId: row.id,
      before,
      after,
      ip: props.ip ?? null,
      at: now,
    });
    return after;
  });
}
