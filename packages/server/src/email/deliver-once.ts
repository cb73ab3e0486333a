import type { Db } from "../db/database.ts";
import { toTimestamp } from "../db/time.ts";
import type { Mailer, OutgoingEmail } from "./mailer.ts";

export type DeliveryOutcome = "sent" | "already_sent";

/**
 * Sends an email unless the ledger says this idempotency key was already delivered. A job that
 * is retried after a successful send therefore sends nothing. The one gap left is a crash
 * between the SMTP server accepting the message and the ledger update; the resend then carries
 * the same Message-ID, which receiving systems use to drop duplicates.
 */
export async function deliverOnce(
  db: Db,
  mailer: Mailer,
  idempotencyKey: string,
  email: Omit<OutgoingEmail, "messageId">,
  now: () => Date = () => new Date(),
): Promise<DeliveryOutcome> {
  await db
    .insertInto("email_deliveries")
    .values({
      idempotency_key: idempotencyKey,
      state: "sending",
      message_id: `<${idempotencyKey.replace(/[^A-Za-z0-9.-]/g, "-")}@postwarden>`,
      attempted_at: toTimestamp(now()),
      sent_at: null,
    })
    .onConflict((oc) => oc.column("idempotency_key").doNothing())
    .execute();
  const ledger = await db
    .selectFrom("email_deliveries")
    .select(["state", "message_id"])
    .where("idempotency_key", "=", idempotencyKey)
    .executeTakeFirstOrThrow();
  if (ledger.state === "sent") return "already_sent";
  await mailer.send({ ...email, messageId: ledger.message_id });
  await db
    .updateTable("email_deliveries")
    .set({ state: "sent", sent_at: toTimestamp(now()) })
    .where("idempotency_key", "=", idempotencyKey)
    .execute();
  return "sent";
}
