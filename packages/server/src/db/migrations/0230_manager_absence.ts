import type { Kysely } from "kysely";

/** A person away until a date (their last day away), with why: their reports' requests go to admins. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite adds one column per ALTER TABLE.
  for (const column of ["absent_until", "absence_reason"]) {
    await db.schema.alterTable("users").addColumn(column, "text").execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["absence_reason", "absent_until"]) {
    await db.schema.alterTable("users").dropColumn(column).execute();
  }
}
