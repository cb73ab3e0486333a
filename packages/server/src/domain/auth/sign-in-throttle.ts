import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";

export interface ThrottlePolicy {
  maxFailuresPerAccount: number;
  failureWindowMs: number;
}

/** Failed attempts older than this are deleted when new ones are written. */
const KEEP_FAILURES_MS = 24 * 60 * 60 * 1000;

/** True when the account has had `maxFailuresPerAccount` failures within the window. */
export async function isAccountThrottled(
  db: Db,
  email: string,
  policy: ThrottlePolicy,
  now: Date,
): Promise<boolean> {
  const since = toTimestamp(new Date(now.getTime() - policy.failureWindowMs));
  const result = await db
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.countAll<string | number>().as("failures"))
    .where("email", "=", email)
    .where("attempted_at", ">", since)
    .executeTakeFirst();
  return Number(result?.failures ?? 0) >= policy.maxFailuresPerAccount;
}

export async function recordFailedSignIn(
  db: Db,
  email: string,
  ip: string | undefined,
  now: Date,
): Promise<void> {
  await db
    .insertInto("login_attempts")
    .values({ id: newId(), email, ip: ip ?? null, attempted_at: toTimestamp(now) })
    .execute();
  await db
    .deleteFrom("login_attempts")
    .where("email", "=", email)
    .where("attempted_at", "<", toTimestamp(new Date(now.getTime() - KEEP_FAILURES_MS)))
    .execute();
}

/** A right password wipes the account's failures, so old typos never add up to a lock-out later. */
export async function clearFailedSignIns(db: Db, email: string): Promise<void> {
  await db.deleteFrom("login_attempts").where("email", "=", email).execute();
}
