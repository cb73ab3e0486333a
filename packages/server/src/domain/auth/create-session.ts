import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { newSessionToken, sessionIdFor } from "./session-token.ts";
import type { SessionPolicy } from "./session-policy.ts";

export interface CreateSessionProps {
  db: Db;
  userId: string;
  policy: SessionPolicy;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
}

/** Starts a session; returns the token for the cookie (never stored) and when it expires. */
export async function createSession(props: CreateSessionProps): Promise<{ token: string; expiresAt: Date }> {
  const now = props.now ?? new Date();
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + props.policy.absoluteTimeoutMs);
  await props.db
    .insertInto("sessions")
    .values({
      id: sessionIdFor(token),
      user_id: props.userId,
      created_at: toTimestamp(now),
      expires_at: toTimestamp(expiresAt),
      last_seen_at: toTimestamp(now),
      ip: props.ip ?? null,
      user_agent: props.userAgent?.slice(0, 512) ?? null,
    })
    .execute();
  return { token, expiresAt };
}
