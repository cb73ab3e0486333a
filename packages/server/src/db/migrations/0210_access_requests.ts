import { sql, type Kysely } from "kysely";

/**
 * Channel access grants (procedure.3) with their scopes as rows, out-of-hours ICT requests
 * (procedure.5) and policy acknowledgements.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("access_grants")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("state", "text", (c) =>
      c.notNull().check(sql`state in ('requested', 'approved', 'active', 'expired', 'revoked', 'refused')`),
    )
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "text")
    .addColumn("decision_note", "text")
    .addColumn("override_reason", "text")
    .addColumn("activated_at", "text")
    .addColumn("expires_at", "text")
    .addColumn("next_review_at", "text")
    .addColumn("last_reviewed_at", "text")
    .addColumn("review_overdue", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("ended_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("ended_at", "text")
    .addColumn("end_reason", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("access_grants_user_index")
    .on("access_grants")
    .columns(["user_id", "state"])
    .execute();
  await db.schema
    .createIndex("access_grants_organisation_index")
    .on("access_grants")
    .columns(["organisation_id", "state"])
    .execute();

  await db.schema
    .createTable("access_grant_scopes")
    .addColumn("grant_id", "text", (c) => c.notNull().references("access_grants.id").onDelete("cascade"))
    .addColumn("scope", "text", (c) => c.notNull().check(sql`scope in ('post', 'reply', 'moderate')`))
    .addPrimaryKeyConstraint("access_grant_scopes_pk", ["grant_id", "scope"])
    .execute();

  await db.schema
    .createTable("out_of_hours_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("device", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) =>
      c.notNull().check(sql`state in ('requested', 'approved', 'refused', 'withdrawn')`),
    )
    .addColumn("decided_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "text")
    .addColumn("decision_note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("out_of_hours_requests_user_index")
    .on("out_of_hours_requests")
    .columns(["user_id", "starts_at"])
    .execute();

  await db.schema
    .createTable("policy_acknowledgements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("policy_version_id", "text", (c) =>
      c.notNull().references("policy_versions.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("acknowledged_at", "text", (c) => c.notNull())
    .addUniqueConstraint("policy_acknowledgements_version_user_unique", ["policy_version_id", "user_id"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "policy_acknowledgements",
    "out_of_hours_requests",
    "access_grant_scopes",
    "access_grants",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
