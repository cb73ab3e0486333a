import { sql, type Kysely } from "kysely";

/**
 * The account register (procedure.1) and the credential vault (procedure.9.a): accounts with
 * their admins and recovery contacts as rows, encrypted secrets, and shared-login check-outs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("handle", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("owner_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("two_factor", "text", (c) =>
      c
        .notNull()
        .defaultTo("unknown")
        .check(sql`two_factor in ('enabled', 'disabled', 'unknown')`),
    )
    .addColumn("last_access_review_at", "text")
    .addColumn("review_interval_days", "integer", (c) => c.notNull())
    .addColumn("archived_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("accounts_organisation_index")
    .on("accounts")
    .column("organisation_id")
    .execute();

  await db.schema
    .createTable("account_admins")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("account_admins_pk", ["account_id", "user_id"])
    .execute();

  await db.schema
    .createTable("account_recovery_contacts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .execute();
  await db.schema
    .createIndex("account_recovery_contacts_account_index")
    .on("account_recovery_contacts")
    .column("account_id")
    .execute();

  await db.schema
    .createTable("account_secrets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('api_token', 'shared_password')`))
    .addColumn("ciphertext", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addUniqueConstraint("account_secrets_account_kind_unique", ["account_id", "kind"])
    .execute();

  await db.schema
    .createTable("credential_checkouts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("checked_out_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .addColumn("end_reason", "text", (c) => c.check(sql`end_reason in ('checked_in', 'expired', 'revoked')`))
    .execute();
  await db.schema
    .createIndex("credential_checkouts_account_index")
    .on("credential_checkouts")
    .columns(["account_id", "ended_at"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "credential_checkouts",
    "account_secrets",
    "account_recovery_contacts",
    "account_admins",
    "accounts",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
