/** How long sessions live: ended after `idleTimeoutMs` without use, and `absoluteTimeoutMs` after sign-in. */
export interface SessionPolicy {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
}

/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;
