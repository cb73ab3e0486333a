/** The columns a people CSV must have (in any order; extra columns are refused, not guessed at). */
export const PEOPLE_CSV_COLUMNS = [
  "email",
  "name",
  "department",
  "line_manager_email",
  "roles",
  "job_title",
  "start_date",
  "leave_date",
] as const;

export type PeopleCsvColumn = (typeof PEOPLE_CSV_COLUMNS)[number];
