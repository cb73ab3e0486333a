import type { Db } from "../../db/database.ts";
import { fromTimestamp, toTimestamp } from "../../db/time.ts";
import { loadRoles } from "../users/load-roles.ts";
import type { UserView } from "../users/user-view.ts";
import { sessionIdFor } from "./session-token.ts";
import { LAST_SEEN_RESOLUTION_MS, type SessionPolicy } from "./session-policy.ts";

export interface ResolveSessionProps {
  db: Db;
  token: string;
  policy: SessionPolicy;
  now?: Date;
}

export interface ResolvedSession {
  sessionId: string;
  user: UserView;
}

/**
 * The signed-in user for a cookie token, or null when the session is unknown, idle too long,
 * past its absolute expiry, or its user has left. Expired sessions are deleted on sight.
 */
export async function resolveSession(props: ResolveSessionProps): Promise<ResolvedSession | null> {
  const { db, policy } = props;
  const now = props.now ?? new Date();
  const sessionId = sessionIdFor(props.token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.expires_at",
      "sessions.last_seen_at",
      "users.id as user_id",
      "users.organisation_id",
      "users.email",
      "users.name",
      "users.status",
    ])
    .where("sessions.id", "=", sessionId)
    .executeTakeFirst();
  if (!row) return null;

  const lastSeen = fromTimestamp(row.last_seen_at).getTime();
  const expired =
    now.getTime() >= fromTimestamp(row.expires_at).getTime() ||
    now.getTime() - lastSeen >= policy.idleTimeoutMs;
  if (expired || row.status !== "active") {
    await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
    return null;
  }
  if (now.getTime() - lastSeen >= LAST_SEEN_RESOLUTION_MS) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: toTimestamp(now) })
      .where("id", "=", sessionId)
      .execute();
  }
  return {
    sessionId,
    user: {
      id: row.user_id,
      organisationId: row.organisation_id,
      email: row.email,
      name: row.name,
      roles: await loadRoles(db, row.user_id),
    },
  };
}
