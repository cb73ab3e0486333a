import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { accountPolicy } from "../../authz/account.ts";
import { authorize } from "../../authz/checks.ts";
import type { UserView } from "../users/user-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { auditSnapshot, loadAccountView, type AccountView } from "./account-view.ts";

export interface RecordAccessReviewProps {
  db: Db;
  actor: UserView;
  accountId: string;
  /** What the review found, e.g. "removed a leaver as page editor". */
  note: string;
  now?: Date;
  ip?: string | null;
}

/** Records that someone checked who can get into the account; the next review is due an interval later. */
export async function recordAccessReview(props: RecordAccessReviewProps): Promise<AccountView> {
  const { db, actor } = props;
  const organisationId = actor.organisationId;
  const before = await loadAccountView(db, organisationId, props.accountId);
  authorize(accountPolicy.canRecordReview(actor, before), actor);
  const now = toTimestamp(props.now ?? new Date());
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("accounts")
      .set({ last_access_review_at: now, updated_at: now })
      .where("id", "=", before.id)
      .where("organisation_id", "=", organisationId)
      .execute();
    const after = await loadAccountView(trx, organisationId, before.id);
    await recordAuditEvent(trx, {
      organisationId,
      actorId: actor.id,
      action: "account.access_reviewed",
      subjectType: "account",
      subjectId: before.id,
      before: auditSnapshot(before),
      after: { ...auditSnapshot(after), note: props.note },
      ip: props.ip ?? null,
      at: props.now,
    });
    return after;
  });
}
