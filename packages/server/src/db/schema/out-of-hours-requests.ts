import type { Selectable } from "kysely";

export const OUT_OF_HOURS_STATES = ["requested", "approved", "refused", "withdrawn"] as const;
export type OutOfHoursState = (typeof OUT_OF_HOURS_STATES)[number];

/**
 * A request to use council ICT outside normal hours (procedure.5). It records the permission
 * only: there are deliberately no columns for activity, location or usage.
 */
export interface OutOfHoursRequestsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  starts_at: string;
  ends_at: string;
  reason: string;
  device: string;
  state: OutOfHoursState;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  created_at: string;
}

export type OutOfHoursRequestRow = Selectable<OutOfHoursRequestsTable>;
