import type { Selectable } from "kysely";

/**
 * A signed-in browser. The id is the SHA-256 of the cookie token, so a copy of the
 * database does not hand out working sessions.
 */
export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export type SessionRow = Selectable<SessionsTable>;
