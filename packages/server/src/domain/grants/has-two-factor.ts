import type { Db } from "../../db/database.ts";

/** True once the user has finished setting up two-factor sign-in (a confirmed TOTP). */
export async function hasTwoFactor(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("two_factor_credentials")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("enabled_at", "is not", null)
    .executeTakeFirst();
  return row !== undefined;
}
