import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../../jobs/queue.ts";
import { JOB_NAMES } from "../../jobs/job-names.ts";

/**
 * Hands every notification still waiting for its email to the queue, one job each. The job's
 * singleton key is the notification id, and the sender checks the delivery ledger, so running
 * this twice (or on two servers) still sends one email. Returns how many were queued.
 */
export async function dispatchNotificationEmails(db: Db, queue: JobQueue, batch = 200): Promise<number> {
  const pending = await db
    .selectFrom("notifications")
    .select("id")
    .where("email_state", "=", "pending")
    .orderBy("created_at")
    .limit(batch)
    .execute();
  for (const { id } of pending) {
    await queue.enqueue(JOB_NAMES.sendNotificationEmail, { notificationId: id }, { singletonKey: id });
    await db
      .updateTable("notifications")
      .set({ email_state: "queued" })
      .where("id", "=", id)
      .where("email_state", "=", "pending")
      .execute();
  }
  return pending.length;
}
