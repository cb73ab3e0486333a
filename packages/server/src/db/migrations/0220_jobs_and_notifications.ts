import { sql, type Kysely } from "kysely";

/**
 * The table-backed job queue (used on SQLite), in-app notifications with their email state,
 * and the email delivery ledger that makes a retried send a no-op.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) =>
      c.notNull().check(sql`state in ('queued', 'active', 'completed', 'failed')`),
    )
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("lease_until", "text")
    .addColumn("singleton_key", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema.createIndex("jobs_claim_index").on("jobs").columns(["name", "state", "run_at"]).execute();
  // At most one waiting or running job per singleton key; finished ones do not block a new one.
  await db.schema
    .createIndex("jobs_singleton_unique")
    .on("jobs")
    .columns(["name", "singleton_key"])
    .unique()
    .where(sql.ref("state"), "in", sql`('queued', 'active')`)
    .execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("link", "text")
    .addColumn("dedupe_key", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .addColumn("email_state", "text", (c) =>
      c.notNull().check(sql`email_state in ('pending', 'queued', 'sent', 'skipped')`),
    )
    .addColumn("emailed_at", "text")
    .addUniqueConstraint("notifications_user_dedupe_unique", ["user_id", "dedupe_key"])
    .execute();
  await db.schema
    .createIndex("notifications_user_index")
    .on("notifications")
    .columns(["user_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("notifications_email_state_index")
    .on("notifications")
    .column("email_state")
    .execute();

  await db.schema
    .createTable("email_deliveries")
    .addColumn("idempotency_key", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('sending', 'sent')`))
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("attempted_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["email_deliveries", "notifications", "jobs"]) {
    await db.schema.dropTable(table).execute();
  }
}
