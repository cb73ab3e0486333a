import type { Kysely } from "kysely";

/** Org chart fields on users: department, line manager, job title, start and leave dates, SSO subject. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite adds one column per ALTER TABLE.
  for (const column of ["department", "job_title", "start_date", "leave_date", "sso_subject"]) {
    await db.schema.alterTable("users").addColumn(column, "text").execute();
  }
  await db.schema
    .alterTable("users")
    .addColumn("line_manager_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("users_line_manager_index").on("users").column("line_manager_id").execute();
  await db.schema
    .createIndex("users_organisation_sso_subject_unique")
    .on("users")
    .columns(["organisation_id", "sso_subject"])
    .unique()
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_organisation_sso_subject_unique").execute();
  await db.schema.dropIndex("users_line_manager_index").execute();
  for (const column of [
    "line_manager_id",
    "sso_subject",
    "leave_date",
    "start_date",
    "job_title",
    "department",
  ]) {
    await db.schema.alterTable("users").dropColumn(column).execute();
  }
}
