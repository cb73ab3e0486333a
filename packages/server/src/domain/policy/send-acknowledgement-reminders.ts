import type { Db } from "../../db/database.ts";
import { notify } from "../notifications/notify.ts";

export const ACKNOWLEDGEMENT_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds staff who have not acknowledged their organisation's current policy version once it
 * has been out for `afterDays`, and again every `afterDays` after that (one reminder per
 * period, however often the check runs). Returns how many reminders were created.
 */
export async function sendAcknowledgementReminders(
  db: Db,
  options: { now?: Date; afterDays?: number } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const afterDays = options.afterDays ?? ACKNOWLEDGEMENT_REMINDER_DAYS;
  const versions = await db
    .selectFrom("policy_versions as v")
    .select(["v.id", "v.organisation_id", "v.version", "v.published_at"])
    .where((eb) =>
      eb(
        "v.version",
        "=",
        eb
          .selectFrom("policy_versions as latest")
          .select((e) => e.fn.max("latest.version").as("max"))
          .whereRef("latest.organisation_id", "=", "v.organisation_id"),
      ),
    )
    .execute();
  let sent = 0;
  for (const version of versions) {
    const period = Math.floor(
      (now.getTime() - new Date(version.published_at).getTime()) / (afterDays * DAY_MS),
    );
    if (period < 1) continue;
    const missing = await db
      .selectFrom("users")
      .select("users.id")
      .where("users.organisation_id", "=", version.organisation_id)
      .where("users.status", "=", "active")
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("policy_acknowledgements")
              .select("id")
              .whereRef("policy_acknowledgements.user_id", "=", "users.id")
              .where("policy_acknowledgements.policy_version_id", "=", version.id),
          ),
        ),
      )
      .execute();
    await db.transaction().execute(async (trx) => {
      for (const person of missing) {
        const id = await notify(trx, {
          organisationId: version.organisation_id,
          userId: person.id,
          kind: "policy.acknowledge",
          subject: `Reminder: acknowledge version ${version.version} of the social media policy`,
          body: "You have not yet confirmed you have read the current policy. You cannot use council accounts until you do.",
          link: "/policy",
          dedupeKey: `policy-ack:${version.id}:${period}`,
          now,
        });
        if (id) sent += 1;
      }
    });
  }
  return sent;
}
