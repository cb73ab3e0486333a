import type { Db } from "../../db/database.ts";
import { ukToday } from "../people/calendar-date.ts";

export interface LineManagerFacts {
  managerId: string | null;
  /** False when there is no manager, or they have left: an admin then decides in their place. */
  managerAvailable: boolean;
}

/** Who decides for this employee: their line manager from the org chart, if still here. */
export async function lineManagerOf(
  db: Db,
  userId: string,
  now: Date = new Date(),
): Promise<LineManagerFacts> {
  const row = await db
    .selectFrom("users as employee")
    .leftJoin("users as manager", "manager.id", "employee.line_manager_id")
    .select([
      "employee.line_manager_id as managerId",
      "manager.status as status",
      "manager.leave_date as leaveDate",
    ])
    .where("employee.id", "=", userId)
    .executeTakeFirst();
  const managerId = row?.managerId ?? null;
  const left = row?.status !== "active" || (row?.leaveDate != null && row.leaveDate <= ukToday(now));
  return { managerId, managerAvailable: managerId !== null && !left };
}
