import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";

export const NOTIFICATION_KINDS = [
  "account.review_due",
  "grant.requested",
  "grant.decided",
  "grant.active",
  "grant.review_due",
  "grant.revoked",
  "out_of_hours.requested",
  "out_of_hours.decided",
  "policy.acknowledge",
  "two_factor.reset",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotifyInput {
  organisationId: string;
  userId: string;
  kind: NotificationKind;
  subject: string;
  body: string;
  link?: string;
  /** A reminder sent again with the same key is not repeated. */
  dedupeKey?: string;
  now?: Date;
}

/**
 * Records a notification inside the caller's transaction. Its email goes out later, by the
 * dispatcher, so the notification and the change that caused it commit together and a crash
 * before sending loses nothing. Returns the id, or null when the dedupe key was already used.
 */
export async function notify(trx: Db, input: NotifyInput): Promise<string | null> {
  const id = newId();
  const result = await trx
    .insertInto("notifications")
    .values({
      id,
      organisation_id: input.organisationId,
      user_id: input.userId,
      kind: input.kind,
      subject: input.subject,
      body: input.body,
      link: input.link ?? null,
      dedupe_key: input.dedupeKey ?? null,
      created_at: toTimestamp(input.now ?? new Date()),
      read_at: null,
      email_state: "pending",
      emailed_at: null,
    })
    .onConflict((oc) => oc.columns(["user_id", "dedupe_key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}
