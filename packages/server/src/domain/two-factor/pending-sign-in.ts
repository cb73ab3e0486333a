import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { newSessionToken, sessionIdFor } from "../auth/session-token.ts";

/** How long someone has to type their code after their password was accepted. */
export const PENDING_SIGN_IN_MS = 5 * 60 * 1000;
/** Wrong codes allowed before the password must be entered again. */
export const MAX_SECOND_FACTOR_FAILURES = 5;

export interface StartPendingSignInProps {
  db: Db;
  userId: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
}

/** Records that the first factor passed; returns the token for the short-lived cookie. */
export async function startPendingSignIn(
  props: StartPendingSignInProps,
): Promise<{ token: string; expiresAt: Date }> {
  const now = props.now ?? new Date();
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + PENDING_SIGN_IN_MS);
  await props.db
    .insertInto("pending_sign_ins")
    .values({
      id: sessionIdFor(token),
      user_id: props.userId,
      created_at: toTimestamp(now),
      expires_at: toTimestamp(expiresAt),
      failed_attempts: 0,
      ip: props.ip ?? null,
      user_agent: props.userAgent?.slice(0, 512) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

/** True once the user has confirmed a TOTP app. */
export async function hasTwoFactorEnabled(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("two_factor_credentials")
    .select("enabled_at")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Boolean(row?.enabled_at);
}
