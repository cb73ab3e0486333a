import type { Db } from "../../db/database.ts";
import type { UserRow, UserStatus } from "../../db/schema/users.ts";
import { ROLES, type Role } from "../../roles.ts";

/** A member of staff with their place in the org chart; never the password hash. */
export interface PersonView {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  roles: Role[];
  status: UserStatus;
  department: string | null;
  lineManagerId: string | null;
  jobTitle: string | null;
  startDate: string | null;
  leaveDate: string | null;
  /** Last day of a recorded absence ("YYYY-MM-DD"), and why; null when none is recorded. */
  absentUntil: string | null;
  absenceReason: string | null;
}

export const PERSON_COLUMNS = [
  "id",
  "organisation_id",
  "email",
  "name",
  "status",
  "department",
  "line_manager_id",
  "job_title",
  "start_date",
  "leave_date",
  "absent_until",
  "absence_reason",
] as const satisfies readonly (keyof UserRow)[];

export type PersonRow = Pick<UserRow, (typeof PERSON_COLUMNS)[number]>;

export function personView(row: PersonRow, roles: readonly Role[]): PersonView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    name: row.name,
    roles: ROLES.filter((r) => roles.includes(r)),
    status: row.status,
    department: row.department,
    lineManagerId: row.line_manager_id,
    jobTitle: row.job_title,
    startDate: row.start_date,
    leaveDate: row.leave_date,
    absentUntil: row.absent_until,
    absenceReason: row.absence_reason,
  };
}

/** Roles for many users in one query, keyed by user id. */
export async function rolesByUser(db: Db, userIds: readonly string[]): Promise<Map<string, Role[]>> {
  const byUser = new Map<string, Role[]>();
  // Chunked so a large organisation stays under the bound-parameter limits of both dialects.
  for (let i = 0; i < userIds.length; i += 500) {
    const chunk = userIds.slice(i, i + 500);
    const rows = await db
      .selectFrom("user_roles")
      .select(["user_id", "role"])
      .where("user_id", "in", chunk)
      .execute();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.role]);
  }
  return byUser;
}

/** People rows with their roles. */
export async function withRoles(db: Db, rows: readonly PersonRow[]): Promise<PersonView[]> {
  if (rows.length === 0) return [];
  const roles = await rolesByUser(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => personView(row, roles.get(row.id) ?? []));
}

/** One person of the organisation, or undefined (another organisation's id looks missing). */
export async function findPerson(
  db: Db,
  organisationId: string,
  id: string,
): Promise<PersonView | undefined> {
  const row = await db
    .selectFrom("users")
    .select(PERSON_COLUMNS)
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? (await withRoles(db, [row]))[0] : undefined;
}
