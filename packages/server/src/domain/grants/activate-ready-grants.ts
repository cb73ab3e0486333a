import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notify } from "../notifications/notify.ts";
import { addMonths, GRANT_REVIEW_MONTHS, GRANT_TERM_MONTHS } from "./grant-periods.ts";
import { hasAcknowledgedCurrentPolicy } from "./has-acknowledged-current-policy.ts";
import { hasTwoFactor } from "./has-two-factor.ts";

export interface ActivateReadyGrantsProps {
  organisationId: string;
  userId: string;
  /** Who caused it (the approver, or the employee acknowledging); null for a scheduled check. */
  actorId: string | null;
  now?: Date;
}

/**
 * Turns the user's approved grants active once both prerequisites hold: the current policy
 * acknowledged and two-factor sign-in set up. Call inside the transaction of the change that
 * may have completed them (an approval, an acknowledgement, a two-factor enrolment). Returns
 * the ids activated.
 */
export async function activateReadyGrants(trx: Db, props: ActivateReadyGrantsProps): Promise<string[]> {
  const waiting = await trx
    .selectFrom("access_grants")
    .select(["id", "account_id"])
    .where("organisation_id", "=", props.organisationId)
    .where("user_id", "=", props.userId)
    .where("state", "=", "approved")
    .execute();
  if (waiting.length === 0) return [];
  if (!(await hasAcknowledgedCurrentPolicy(trx, props.userId)) || !(await hasTwoFactor(trx, props.userId)))
    return [];
  const now = props.now ?? new Date();
  const at = toTimestamp(now);
  for (const grant of waiting) {
    const expiresAt = toTimestamp(addMonths(now, GRANT_TERM_MONTHS));
    const nextReviewAt = toTimestamp(addMonths(now, GRANT_REVIEW_MONTHS));
    await trx
      .updateTable("access_grants")
      .set({
        state: "active",
        activated_at: at,
        expires_at: expiresAt,
        next_review_at: nextReviewAt,
        updated_at: at,
      })
      .where("id", "=", grant.id)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: props.organisationId,
      actorId: props.actorId,
      action: "grant.activated",
      subjectType: "access_grant",
      subjectId: grant.id,
      before: { state: "approved" },
      after: { state: "active", activatedAt: at, expiresAt, nextReviewAt },
      at: now,
    });
    await notify(trx, {
      organisationId: props.organisationId,
      userId: props.userId,
      kind: "grant.active",
      subject: "Your channel access is now active",
      body: `Your access is active until ${expiresAt.slice(0, 10)}.`,
      link: `/grants/${grant.id}`,
      now,
    });
  }
  return waiting.map((g) => g.id);
}
