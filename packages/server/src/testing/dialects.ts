import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, it } from "vitest";
import { DIALECTS, type Db, type DialectName } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { openPostgres, openSqlite } from "../db/open-database.ts";

export interface DialectContext {
  readonly dialect: DialectName;
  /** A migrated database shared by the tests of this block (available from beforeAll on). */
  readonly db: Db;
  /** Another fresh database, for a test that needs one empty; migrated unless told not to. */
  freshDatabase(options?: { migrate?: boolean }): Promise<Db>;
}

/** True when the PostgreSQL half must run: CI, or POSTWARDEN_REQUIRE_POSTGRES=1. */
function postgresRequired(): boolean {
  return process.env.POSTWARDEN_REQUIRE_POSTGRES === "1" || process.env.CI === "true";
}

let warnedAboutSkip = false;

/**
 * Runs the block once per dialect: on a fresh SQLite file in a temp folder, and on PostgreSQL
 * (DATABASE_URL) in a schema of its own that is dropped afterwards, so test files can run in
 * parallel against one server. Titles carry "[sqlite]" or "[postgres]".
 */
export function describeEachDialect(name: string, body: (ctx: DialectContext) => void): void {
  for (const dialect of DIALECTS) {
    const title = `${name} [${dialect}]`;
    const databaseUrl = process.env.DATABASE_URL;
    if (dialect === "postgres" && !databaseUrl) {
      if (postgresRequired()) {
        describe(title, () => {
          it("has a PostgreSQL database to run on", () => {
            throw new Error(
              "DATABASE_URL is not set, but CI or POSTWARDEN_REQUIRE_POSTGRES=1 requires the PostgreSQL run",
            );
          });
        });
      } else {
        if (!warnedAboutSkip) {
          warnedAboutSkip = true;
          console.warn("PostgreSQL database tests skipped: set DATABASE_URL=postgres://... to run them.");
        }
        describe.skip(`${title} (skipped: DATABASE_URL is not set)`, () => body(unavailableContext(dialect)));
      }
      continue;
    }
    describe(title, () => {
      const pool = new DatabasePool(dialect, databaseUrl);
      let shared: Db | undefined;
      beforeAll(async () => {
        shared = await pool.open(true);
      });
      afterAll(async () => {
        await pool.closeAll();
      });
      body({
        dialect,
        get db(): Db {
          if (!shared)
            throw new Error("The database is opened in beforeAll; use ctx.db inside tests or hooks");
          return shared;
        },
        freshDatabase: (options) => pool.open(options?.migrate ?? true),
      });
    });
  }
}

/** The isolated databases one block opened, so they can all be closed and removed. */
class DatabasePool {
  private readonly cleanups: (() => Promise<void>)[] = [];

  constructor(
    private readonly dialect: DialectName,
    private readonly databaseUrl: string | undefined,
  ) {}

  async open(migrate: boolean): Promise<Db> {
    const db = this.dialect === "sqlite" ? this.openSqliteInTempDir() : await this.openPostgresSchema();
    if (migrate) await migrateToLatest(db);
    return db;
  }

  async closeAll(): Promise<void> {
    for (const cleanup of this.cleanups.reverse()) await cleanup();
  }

  private openSqliteInTempDir(): Db {
    const dir = mkdtempSync(join(tmpdir(), "postwarden-test-"));
    const db = openSqlite(join(dir, "test.sqlite"));
    this.cleanups.push(async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    });
    return db;
  }

  private async openPostgresSchema(): Promise<Db> {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    const admin = openPostgres(this.databaseUrl as string);
    try {
      await sql`create schema ${sql.id(schema)}`.execute(admin);
    } catch (err) {
      await admin.destroy();
      throw new Error(
        `PostgreSQL at DATABASE_URL did not answer: ${err instanceof Error ? err.message : err}`,
        {
          cause: err,
        },
      );
    }
    const db = openPostgres(this.databaseUrl as string, schema);
    this.cleanups.push(async () => {
      await db.destroy();
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    });
    return db;
  }
}

function unavailableContext(dialect: DialectName): DialectContext {
  return {
    dialect,
    get db(): Db {
      throw new Error("skipped");
    },
    freshDatabase: () => Promise.reject(new Error("skipped")),
  };
}
