import type { Db } from "../../db/database.ts";

/**
 * True when the user has acknowledged their organisation's latest policy version. With no
 * policy published yet there is nothing to acknowledge, so nothing can be granted either:
 * the answer is false.
 */
export async function hasAcknowledgedCurrentPolicy(db: Db, userId: string): Promise<boolean> {
  const user = await db
    .selectFrom("users")
    .select("organisation_id")
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user) return false;
  const current = await db
    .selectFrom("policy_versions")
    .select("id")
    .where("organisation_id", "=", user.organisation_id)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!current) return false;
  const ack = await db
    .selectFrom("policy_acknowledgements")
    .select("id")
    .where("policy_version_id", "=", current.id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return ack !== undefined;
}
