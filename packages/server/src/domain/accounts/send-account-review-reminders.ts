import type { Db } from "../../db/database.ts";
import { notify } from "../notifications/notify.ts";
import { reviewDueAt } from "./account-view.ts";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The daily access-review check (procedure.1): for every account whose review is due, remind
 * its owner, or the organisation's admins when it has none. One reminder per week overdue, so
 * the daily run does not nag daily. Returns how many reminders were created.
 */
export async function sendAccountReviewReminders(db: Db, now: Date = new Date()): Promise<number> {
  const accounts = await db.selectFrom("accounts").selectAll().where("archived_at", "is", null).execute();
  let sent = 0;
  for (const account of accounts) {
    const due = reviewDueAt(account);
    if (due > now.toISOString()) continue;
    const week = Math.floor((now.getTime() - new Date(due).getTime()) / WEEK_MS);
    const recipients = account.owner_id
      ? [account.owner_id]
      : (
          await db
            .selectFrom("users")
            .innerJoin("user_roles", "user_roles.user_id", "users.id")
            .select("users.id")
            .where("users.organisation_id", "=", account.organisation_id)
            .where("users.status", "=", "active")
            .where("user_roles.role", "=", "admin")
            .execute()
        ).map((u) => u.id);
    await db.transaction().execute(async (trx) => {
      for (const userId of recipients) {
        const id = await notify(trx, {
          organisationId: account.organisation_id,
          userId,
          kind: "account.review_due",
          subject: `Access review due: ${account.platform} ${account.handle}`,
          body: `Check who can sign in to ${account.display_name} and record the review. It was due on ${due.slice(0, 10)}.`,
          link: `/accounts/${account.id}`,
          dedupeKey: `account-review:${account.id}:${due}:${week}`,
          now,
        });
        if (id) sent += 1;
      }
    });
  }
  return sent;
}
