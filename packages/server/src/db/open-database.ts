import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database, Db, DialectName } from "./database.ts";

export interface OpenDatabaseOptions {
  /** Folder for the SQLite file when no database URL is given. */
  dataDir: string;
  /** A postgres:// URL selects PostgreSQL; anything else is refused. */
  databaseUrl?: string | undefined;
  /** PostgreSQL only: the schema to work in (tests use one schema each). */
  postgresSchema?: string;
}

export const SQLITE_FILE_NAME = "postwarden.sqlite";

export function dialectFor(databaseUrl: string | undefined): DialectName {
  if (!databaseUrl) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return "postgres";
  throw new Error("DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for SQLite)");
}

/** Opens the deployment's database: PostgreSQL when a URL is given, else SQLite under dataDir. */
export function openDatabase(options: OpenDatabaseOptions): Db {
  return dialectFor(options.databaseUrl) === "postgres"
    ? openPostgres(options.databaseUrl as string, options.postgresSchema)
    : openSqlite(join(options.dataDir, SQLITE_FILE_NAME));
}

export function openSqlite(file: string): Db {
  if (file !== ":memory:") mkdirSync(join(file, ".."), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers run beside the one writer; the busy timeout waits out short write locks.
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  database.pragma("synchronous = NORMAL");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

export function openPostgres(connectionString: string, schema?: string): Db {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
