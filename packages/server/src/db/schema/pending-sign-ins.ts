import type { Selectable } from "kysely";

/**
 * A password checked but a second factor still owed. Like sessions, the id is the SHA-256 of
 * the cookie token. Short-lived, and ended after a few wrong codes.
 */
export interface PendingSignInsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  failed_attempts: number;
  ip: string | null;
  user_agent: string | null;
}

export type PendingSignInRow = Selectable<PendingSignInsTable>;
