import type { Db } from "../../db/database.ts";

/** The organisation's latest published policy version, if any. */
export async function currentPolicyVersion(db: Db, organisationId: string) {
  return db
    .selectFrom("policy_versions")
    .select(["id", "organisation_id", "version", "published_at"])
    .where("organisation_id", "=", organisationId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}
