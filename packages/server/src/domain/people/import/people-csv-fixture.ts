import { PEOPLE_CSV_COLUMNS } from "./people-csv-columns.ts";

/**
 * A people CSV of `count` staff in a realistic shape: a chief executive, ten directors under
 * them, and everyone else spread across the directors' teams with team leaders in between.
 */
export function generatePeopleCsv(count: number, domain = "council.example"): string {
  const lines = [PEOPLE_CSV_COLUMNS.join(",")];
  const email = (i: number) => `person${i}@${domain}`;
  for (let i = 0; i < count; i++) {
    const manager =
      i === 0 ? "" : i <= 10 ? email(0) : i <= 110 ? email(1 + (i % 10)) : email(11 + (i % 100));
    const roles = i === 0 ? "employee;admin" : i % 250 === 0 ? "employee;auditor" : "employee";
    const department = ["Comms", "Parks", "Finance", "Planning", "Democratic Services"][i % 5];
    lines.push(
      [email(i), `"Person ${i}, Staff"`, department, manager, roles, "Officer", "2020-01-06", ""].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
