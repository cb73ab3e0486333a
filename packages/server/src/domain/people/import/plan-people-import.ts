import type { Db } from "../../../db/database.ts";
import { newId } from "../../../db/time.ts";
import { ROLES, type Role } from "../../../roles.ts";
import { ukToday } from "../calendar-date.ts";
import { findManagerCycle } from "../manager-cycle.ts";
import { PERSON_COLUMNS, rolesByUser, type PersonRow } from "../person-view.ts";
import { readPeopleCsv, type ImportProblem, type PersonCsvRow } from "./read-people-csv.ts";

/** What importing a file would do, row by row; `errors` empty means it can be applied. */
export interface ImportReport {
  rows: number;
  created: { row: number; email: string }[];
  updated: { row: number; email: string; changes: string[] }[];
  unchanged: { row: number; email: string }[];
  /** People the file makes leavers today (their leave date has come). */
  leavers: { row: number; email: string }[];
  errors: ImportProblem[];
}

/** A row ready to write: ids resolved, and what differs from the record. */
export interface PlannedPerson extends PersonCsvRow {
  id: string;
  lineManagerId: string | null;
  existing: (PersonRow & { roles: Role[] }) | null;
  changes: string[];
  /** The leave date has come: a new person is stored as left, a returning one stays left. */
  leaveDateReached: boolean;
  /** Someone on record and active whom this import makes a leaver. */
  becomesLeaver: boolean;
}

export interface ImportPlan {
  report: ImportReport;
  people: PlannedPerson[];
}

/**
 * Checks a people CSV against the organisation and works out, without writing anything, which
 * rows create, update or leave people unchanged. Checks across rows: an email twice in the
 * file, a line manager who is neither in the file nor on record, and management loops (the
 * chart after the import, so a loop through people not in the file is caught too).
 */
export async function planPeopleImport(props: {
  db: Db;
  organisationId: string;
  csv: string;
  now?: Date;
}): Promise<ImportPlan> {
  const { db, organisationId } = props;
  const today = ukToday(props.now ?? new Date());
  const { rows, problems } = readPeopleCsv(props.csv);
  const errors = [...problems];

  const existingRows = await db
    .selectFrom("users")
    .select(PERSON_COLUMNS)
    .where("organisation_id", "=", organisationId)
    .execute();
  const roles = await rolesByUser(
    db,
    existingRows.map((r) => r.id),
  );
  const byEmail = new Map(existingRows.map((r) => [r.email, { ...r, roles: roles.get(r.id) ?? [] }]));
  const emailById = new Map(existingRows.map((r) => [r.id, r.email]));

  // The first row for each email wins; later ones are errors.
  const firstRowOf = new Map<string, number>();
  const fileRows: PersonCsvRow[] = [];
  for (const row of rows) {
    const first = firstRowOf.get(row.email);
    if (first !== undefined) {
      errors.push({ row: row.row, column: "email", message: `${row.email} is already on row ${first}` });
      continue;
    }
    firstRowOf.set(row.email, row.row);
    fileRows.push(row);
  }
  const inFile = new Map(fileRows.map((r) => [r.email, r]));

  // The chart after the import, by email: the file's word for its rows, the record for the rest.
  const managerOf = new Map<string, string | null>();
  for (const person of existingRows) {
    managerOf.set(
      person.email,
      person.line_manager_id ? (emailById.get(person.line_manager_id) ?? null) : null,
    );
  }
  const valid: PersonCsvRow[] = [];
  for (const row of fileRows) {
    if (row.lineManagerEmail === row.email) {
      errors.push({
        row: row.row,
        column: "line_manager_email",
        message: "a person cannot be their own line manager",
      });
      continue;
    }
    if (row.lineManagerEmail && !inFile.has(row.lineManagerEmail) && !byEmail.has(row.lineManagerEmail)) {
      errors.push({
        row: row.row,
        column: "line_manager_email",
        message: `${row.lineManagerEmail} is not in the file or on record`,
      });
      continue;
    }
    managerOf.set(row.email, row.lineManagerEmail);
    valid.push(row);
  }
  const inLoop = new Set<string>();
  for (const row of valid) {
    if (inLoop.has(row.email)) continue;
    const cycle = findManagerCycle(managerOf, row.email);
    if (cycle) {
      for (const email of cycle) inLoop.add(email);
    }
  }
  for (const row of valid) {
    if (!inLoop.has(row.email)) continue;
    const cycle = findManagerCycle(managerOf, row.email) ?? [];
    errors.push({
      row: row.row,
      column: "line_manager_email",
      message: `management loop: ${[...cycle, cycle[0]].join(" → ")}`,
    });
  }

  const ids = new Map<string, string>();
  for (const row of valid) ids.set(row.email, byEmail.get(row.email)?.id ?? newId());
  const idOfEmail = (email: string) => ids.get(email) ?? byEmail.get(email)?.id ?? null;

  const people: PlannedPerson[] = valid
    .filter((row) => !inLoop.has(row.email))
    .map((row) => {
      const existing = byEmail.get(row.email) ?? null;
      const lineManagerId = row.lineManagerEmail ? idOfEmail(row.lineManagerEmail) : null;
      const changes = existing ? changedFields(existing, row, lineManagerId) : [];
      const status = existing?.status ?? "active";
      const leaving = row.leaveDate !== null && row.leaveDate <= today;
      return {
        ...row,
        id: ids.get(row.email) as string,
        lineManagerId,
        existing,
        changes,
        leaveDateReached: leaving,
        becomesLeaver: existing !== null && leaving && status === "active",
      };
    });

  const report: ImportReport = {
    // Data rows read, good or bad (the header is row 1).
    rows: new Set([...rows.map((r) => r.row), ...problems.map((p) => p.row)].filter((r) => r > 1)).size,
    created: [],
    updated: [],
    unchanged: [],
    leavers: [],
    errors: errors.sort((a, b) => a.row - b.row),
  };
  for (const person of people) {
    const entry = { row: person.row, email: person.email };
    if (!person.existing) report.created.push(entry);
    else if (person.changes.length > 0) report.updated.push({ ...entry, changes: person.changes });
    else if (!person.becomesLeaver) report.unchanged.push(entry);
    if (person.becomesLeaver) report.leavers.push(entry);
  }
  return { report, people };
}

function changedFields(
  existing: PersonRow & { roles: Role[] },
  row: PersonCsvRow,
  lineManagerId: string | null,
): string[] {
  const sortedRoles = (roles: readonly Role[]) => ROLES.filter((r) => roles.includes(r)).join(";");
  const pairs: [string, unknown, unknown][] = [
    ["name", existing.name, row.name],
    ["department", existing.department, row.department],
    ["line_manager_email", existing.line_manager_id, lineManagerId],
    ["roles", sortedRoles(existing.roles), sortedRoles(row.roles)],
    ["job_title", existing.job_title, row.jobTitle],
    ["start_date", existing.start_date, row.startDate],
    ["leave_date", existing.leave_date, row.leaveDate],
  ];
  return pairs.filter(([, before, after]) => (before ?? null) !== (after ?? null)).map(([name]) => name);
}
