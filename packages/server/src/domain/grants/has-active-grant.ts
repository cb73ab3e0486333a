import type { Db } from "../../db/database.ts";
import type { GrantScope } from "../../db/schema/access-grants.ts";
import { toTimestamp } from "../../db/time.ts";

/** True when the user holds any channel access grant that is active and not past its expiry. */
export async function hasActiveGrant(db: Db, userId: string, now: Date = new Date()): Promise<boolean> {
  const row = await db
    .selectFrom("access_grants")
    .select("id")
    .where("user_id", "=", userId)
    .where("state", "=", "active")
    .where("expires_at", ">", toTimestamp(now))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when the user may act on this account now, with this scope if one is given. */
export async function hasActiveGrantOn(
  db: Db,
  userId: string,
  accountId: string,
  scope?: GrantScope,
  now: Date = new Date(),
): Promise<boolean> {
  let query = db
    .selectFrom("access_grants")
    .select("access_grants.id")
    .where("access_grants.user_id", "=", userId)
    .where("access_grants.account_id", "=", accountId)
    .where("access_grants.state", "=", "active")
    .where("access_grants.expires_at", ">", toTimestamp(now));
  if (scope) {
    query = query
      .innerJoin("access_grant_scopes", "access_grant_scopes.grant_id", "access_grants.id")
      .where("access_grant_scopes.scope", "=", scope);
  }
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}
