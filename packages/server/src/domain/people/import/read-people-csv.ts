import { z } from "zod";
import { isRole, type Role } from "../../../roles.ts";
import { normaliseEmail } from "../../users/normalise-email.ts";
import { isCalendarDate } from "../calendar-date.ts";
import { CsvSyntaxError, parseCsv } from "./parse-csv.ts";
import { PEOPLE_CSV_COLUMNS, type PeopleCsvColumn } from "./people-csv-columns.ts";

/** One problem with the file: the row (line of the file), the column and what is wrong. */
export interface ImportProblem {
  row: number;
  column: PeopleCsvColumn | "file";
  message: string;
}

/** A row that passed its own checks (checks across rows come later). */
export interface PersonCsvRow {
  row: number;
  email: string;
  name: string;
  department: string | null;
  lineManagerEmail: string | null;
  roles: Role[];
  jobTitle: string | null;
  startDate: string | null;
  leaveDate: string | null;
}

const emailSchema = z.email();

/** Parses the CSV text and checks each row on its own: emails, names, roles, dates. */
export function readPeopleCsv(text: string): { rows: PersonCsvRow[]; problems: ImportProblem[] } {
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      return { rows: [], problems: [{ row: err.line, column: "file", message: err.message }] };
    }
    throw err;
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], problems: [{ row: 1, column: "file", message: "the file is empty" }] };

  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = PEOPLE_CSV_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(PEOPLE_CSV_COLUMNS as readonly string[]).includes(n));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      unknown.length ? `unknown ${unknown.join(", ")}` : "",
    ].filter(Boolean);
    return {
      rows: [],
      problems: [
        {
          row: header.line,
          column: "file",
          message: `the header must name the columns ${PEOPLE_CSV_COLUMNS.join(", ")} (${parts.join("; ")})`,
        },
      ],
    };
  }
  const index = Object.fromEntries(PEOPLE_CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    PeopleCsvColumn,
    number
  >;

  const rows: PersonCsvRow[] = [];
  const problems: ImportProblem[] = [];
  for (const record of data) {
    const cell = (column: PeopleCsvColumn) => (record.cells[index[column]] ?? "").trim();
    const rowProblems: ImportProblem[] = [];
    const problem = (column: PeopleCsvColumn, message: string) =>
      rowProblems.push({ row: record.line, column, message });

    if (record.cells.length !== names.length) {
      problems.push({
        row: record.line,
        column: "file",
        message: `has ${record.cells.length} cells where the header has ${names.length}`,
      });
      continue;
    }
    const email = normaliseEmail(cell("email"));
    if (!emailSchema.safeParse(email).success) problem("email", `"${cell("email")}" is not an email address`);
    const name = cell("name");
    if (name === "") problem("name", "is empty");
    if (name.length > 200) problem("name", "is longer than 200 characters");
    const managerText = normaliseEmail(cell("line_manager_email"));
    if (managerText !== "" && !emailSchema.safeParse(managerText).success) {
      problem("line_manager_email", `"${cell("line_manager_email")}" is not an email address`);
    }
    const roleNames = cell("roles")
      .split(";")
      .map((r) => r.trim().toLowerCase())
      .filter(Boolean);
    const roles: Role[] = [];
    for (const role of roleNames) {
      if (isRole(role)) roles.push(role);
      else problem("roles", `"${role}" is not a role (use employee, admin or auditor)`);
    }
    const dates: Partial<Record<"start_date" | "leave_date", string>> = {};
    for (const column of ["start_date", "leave_date"] as const) {
      const value = cell(column);
      if (value === "") continue;
      if (isCalendarDate(value)) dates[column] = value;
      else problem(column, `"${value}" is not a date written YYYY-MM-DD`);
    }
    if (dates.start_date && dates.leave_date && dates.leave_date < dates.start_date) {
      problem("leave_date", "is before the start date");
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    rows.push({
      row: record.line,
      email,
      name,
      department: cell("department") || null,
      lineManagerEmail: managerText || null,
      roles: roles.length > 0 ? [...new Set(roles)] : ["employee"],
      jobTitle: cell("job_title") || null,
      startDate: dates.start_date ?? null,
      leaveDate: dates.leave_date ?? null,
    });
  }
  return { rows, problems };
}
