import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { deliverOnce } from "../../email/deliver-once.ts";
import type { Mailer } from "../../email/mailer.ts";

export interface SendNotificationEmailProps {
  db: Db;
  mailer: Mailer | undefined;
  notificationId: string;
  /** Where links in emails point, e.g. https://postwarden.council.example */
  baseUrl?: string;
  now?: () => Date;
}

/** The job that emails one notification; safe to run more than once. */
export async function sendNotificationEmail(props: SendNotificationEmailProps): Promise<void> {
  const { db } = props;
  const now = props.now ?? (() => new Date());
  const row = await db
    .selectFrom("notifications")
    .innerJoin("users", "users.id", "notifications.user_id")
    .select([
      "notifications.id",
      "notifications.subject",
      "notifications.body",
      "notifications.link",
      "notifications.email_state",
      "users.email",
      "users.status",
    ])
    .where("notifications.id", "=", props.notificationId)
    .executeTakeFirst();
  if (!row || row.email_state === "sent" || row.email_state === "skipped") return;
  if (!props.mailer || row.status !== "active") {
    await db.updateTable("notifications").set({ email_state: "skipped" }).where("id", "=", row.id).execute();
    return;
  }
  const link = row.link ? `\n\n${props.baseUrl ?? ""}${row.link}` : "";
  await deliverOnce(
    db,
    props.mailer,
    `notification-${row.id}`,
    { to: row.email, subject: row.subject, text: `${row.body}${link}` },
    now,
  );
  await db
    .updateTable("notifications")
    .set({ email_state: "sent", emailed_at: toTimestamp(now()) })
    .where("id", "=", row.id)
    .execute();
}
