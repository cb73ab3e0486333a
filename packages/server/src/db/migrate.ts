import { Migrator, PostgresAdapter, sql } from "kysely";
import type { Db } from "./database.ts";
import { migrationProvider } from "./migrations/index.ts";

export interface MigrationReport {
  /** Names of the migrations this run applied, in order; empty when already up to date. */
  applied: string[];
}

/** Brings the schema up to the latest migration. Safe to run again; safe across instances. */
export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // On PostgreSQL the bookkeeping tables go in the schema the connection works in (its
    // search_path); otherwise Kysely would see another schema's tables and skip creating its own.
    ...(await postgresSchemaOf(db).then((schema) => (schema ? { migrationTableSchema: schema } : {}))),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === "Error");
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed ? `${failed.migrationName} ` : ""}failed: ${cause}`, {
      cause: error,
    });
  }
  return { applied: results.filter((r) => r.status === "Success").map((r) => r.migrationName) };
}

async function postgresSchemaOf(db: Db): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return result.rows[0]?.schema;
}
