import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notify } from "../notifications/notify.ts";
import { activateReadyGrants } from "./activate-ready-grants.ts";
import { deciderIdsFor } from "./deciders.ts";
import { endGrant } from "./end-grant.ts";
import { loadGrantView } from "./grant-view.ts";

export interface GrantReviewReport {
  expired: number;
  overdue: number;
  activated: number;
}

/**
 * The daily grant check: expires grants past their end date, marks those past their six-monthly
 * review as overdue and reminds the manager (once per review date), and activates approvals
 * whose prerequisites have since been met. Safe to run more than once.
 */
export async function runGrantReviews(db: Db, now: Date = new Date()): Promise<GrantReviewReport> {
  const at = toTimestamp(now);
  const report: GrantReviewReport = { expired: 0, overdue: 0, activated: 0 };

  const expiring = await db
    .selectFrom("access_grants")
    .select(["id", "organisation_id", "user_id", "account_id", "state"])
    .where("state", "=", "active")
    .where("expires_at", "<=", at)
    .execute();
  for (const g of expiring) {
    const done = await db.transaction().execute((trx) =>
      endGrant(
        trx,
        {
          id: g.id,
          organisationId: g.organisation_id,
          userId: g.user_id,
          accountId: g.account_id,
          state: g.state,
        },
        { actorId: null, reason: "reached its expiry date", state: "expired", now },
      ),
    );
    if (done) report.expired += 1;
  }

  const due = await db
    .selectFrom("access_grants")
    .select(["id", "organisation_id", "next_review_at"])
    .where("state", "=", "active")
    .where("review_overdue", "=", 0)
    .where("next_review_at", "<=", at)
    .execute();
  for (const g of due) {
    await db.transaction().execute(async (trx) => {
      const view = await loadGrantView(trx, g.organisation_id, g.id, now);
      await trx
        .updateTable("access_grants")
        .set({ review_overdue: 1, updated_at: at })
        .where("id", "=", g.id)
        .execute();
      await recordAuditEvent(trx, {
        organisationId: g.organisation_id,
        actorId: null,
        action: "grant.review_overdue",
        subjectType: "access_grant",
        subjectId: g.id,
        before: { reviewOverdue: false },
        after: { reviewOverdue: true, nextReviewAt: g.next_review_at },
        at: now,
      });
      for (const deciderId of await deciderIdsFor(trx, view)) {
        await notify(trx, {
          organisationId: g.organisation_id,
          userId: deciderId,
          kind: "grant.review_due",
          subject: `Review ${view.employee.name}'s access to ${view.account.handle}`,
          body: "The six-monthly review of this channel access is due. Confirm it is still needed, or revoke it.",
          link: `/grants/${g.id}`,
          dedupeKey: `grant-review:${g.id}:${g.next_review_at}`,
          now,
        });
      }
    });
    report.overdue += 1;
  }

  const waiting = await db
    .selectFrom("access_grants")
    .select(["organisation_id", "user_id"])
    .where("state", "=", "approved")
    .distinct()
    .execute();
  for (const w of waiting) {
    const ids = await db.transaction().execute((trx) =>
      activateReadyGrants(trx, {
        organisationId: w.organisation_id,
        userId: w.user_id,
        actorId: null,
        now,
      }),
    );
    report.activated += ids.length;
  }
  return report;
}
