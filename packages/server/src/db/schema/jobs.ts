import type { Selectable } from "kysely";

export const JOB_STATES = ["queued", "active", "completed", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A job in the table-backed queue. `lease_until` is when a running job counts as abandoned. */
export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  state: JobState;
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_until: string | null;
  singleton_key: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export type JobRow = Selectable<JobsTable>;
