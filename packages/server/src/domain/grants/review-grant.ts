import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { accessGrantPolicy } from "../../authz/access-grant.ts";
import { authorize } from "../../authz/checks.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { UserView } from "../users/user-view.ts";
import { addMonths, GRANT_REVIEW_MONTHS } from "./grant-periods.ts";
import { grantSnapshot, loadGrantView, type GrantView } from "./grant-view.ts";

export interface ReviewGrantProps {
  db: Db;
  actor: UserView;
  grantId: string;
  note?: string | null;
  now?: Date;
  ip?: string | null;
}

/** The six-monthly review: the manager confirms the access is still needed (revoking is separate). */
export async function reviewGrant(props: ReviewGrantProps): Promise<GrantView> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  const before = await loadGrantView(db, actor.organisationId, props.grantId, now);
  authorize(accessGrantPolicy.canReview(actor, before), actor);
  const at = toTimestamp(now);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("access_grants")
      .set({
        last_reviewed_at: at,
        next_review_at: toTimestamp(addMonths(now, GRANT_REVIEW_MONTHS)),
        review_overdue: 0,
        updated_at: at,
      })
      .where("id", "=", before.id)
      .execute();
    const after = await loadGrantView(trx, actor.organisationId, before.id, now);
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "grant.reviewed",
      subjectType: "access_grant",
      subjectId: before.id,
      before: grantSnapshot(before),
      after: { ...grantSnapshot(after), note: props.note ?? null },
      ip: props.ip ?? null,
      at: now,
    });
    return after;
  });
}
