import type { Selectable } from "kysely";

/** A failed sign-in, kept briefly to throttle guessing at one account. */
export interface LoginAttemptsTable {
  id: string;
  email: string;
  ip: string | null;
  attempted_at: string;
}

export type LoginAttemptRow = Selectable<LoginAttemptsTable>;
