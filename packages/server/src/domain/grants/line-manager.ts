import type { Db } from "../../db/database.ts";
import { ukToday } from "../people/calendar-date.ts";

export interface LineManagerFacts {
  managerId: string | null;
  /** False when there is no manager, they have left, or they are away: an admin then decides. */
  managerAvailable: boolean;
}

/** Who decides for this employee: their line manager from the org chart, if still here and not away. */
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
      "manager.absent_until as absentUntil",
    ])
    .where("employee.id", "=", userId)
    .executeTakeFirst();
  const managerId = row?.managerId ?? null;
  const today = ukToday(now);
  const left = row?.status !== "active" || (row?.leaveDate != null && row.leaveDate <= today);
  const away = row?.absentUntil != null && row.absentUntil >= today;
  return { managerId, managerAvailable: managerId !== null && !left && !away };
}
