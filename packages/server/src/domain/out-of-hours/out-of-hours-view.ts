import type { Db } from "../../db/database.ts";
import type { OutOfHoursRequestRow, OutOfHoursState } from "../../db/schema/out-of-hours-requests.ts";
import { AppError } from "../../errors.ts";
import { lineManagerOf } from "../grants/line-manager.ts";

/** An out-of-hours request with who decides for its employee. No usage is ever recorded. */
export interface OutOfHoursView {
  id: string;
  organisationId: string;
  userId: string;
  state: OutOfHoursState;
  startsAt: string;
  endsAt: string;
  reason: string;
  device: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string;
  managerId: string | null;
  managerAvailable: boolean;
}

export async function toOutOfHoursView(
  db: Db,
  row: OutOfHoursRequestRow,
  now?: Date,
): Promise<OutOfHoursView> {
  const manager = await lineManagerOf(db, row.user_id, now);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    userId: row.user_id,
    state: row.state,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    reason: row.reason,
    device: row.device,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    createdAt: row.created_at,
    ...manager,
  };
}

export async function loadOutOfHoursView(db: Db, organisationId: string, id: string, now?: Date) {
  const row = await db
    .selectFrom("out_of_hours_requests")
    .selectAll()
    .where("id", "=", id)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (!row) throw new AppError("not_found", "There is no such out-of-hours request.");
  return toOutOfHoursView(db, row, now);
}
