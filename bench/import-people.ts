/**
 * Times a 5,000-person CSV import (and the re-import that must change nothing) on SQLite, and on
 * PostgreSQL too when DATABASE_URL is set. Run by hand:
 *
 *   npx tsx bench/import-people.ts [--rows 5000]
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { Db } from "../packages/server/src/db/database.ts";
import { migrateToLatest } from "../packages/server/src/db/migrate.ts";
import { openPostgres, openSqlite } from "../packages/server/src/db/open-database.ts";
import { createOrganisation } from "../packages/server/src/domain/organisations/create-organisation.ts";
import { applyPeopleImport } from "../packages/server/src/domain/people/import/apply-people-import.ts";
import { generatePeopleCsv } from "../packages/server/src/domain/people/import/people-csv-fixture.ts";

const rowsArg = process.argv.indexOf("--rows");
const rows = rowsArg >= 0 ? Number(process.argv[rowsArg + 1]) : 5000;

async function time(label: string, db: Db): Promise<void> {
  await migrateToLatest(db);
  const organisation = await createOrganisation({
    db,
    name: "Bench Council",
    slug: `bench-${randomBytes(4).toString("hex")}`,
  });
  const csv = generatePeopleCsv(rows);
  for (const pass of ["import", "re-import"]) {
    const started = performance.now();
    const report = await applyPeopleImport({ db, organisationId: organisation.id, actorId: null, csv });
    const ms = performance.now() - started;
    console.log(
      `${label.padEnd(10)} ${pass.padEnd(9)} ${rows} rows: ${ms.toFixed(0)} ms ` +
        `(created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length})`,
    );
  }
}

const dir = mkdtempSync(join(tmpdir(), "postwarden-bench-"));
const sqlite = openSqlite(join(dir, "bench.sqlite"));
try {
  await time("sqlite", sqlite);
} finally {
  await sqlite.destroy();
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.DATABASE_URL) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = openPostgres(process.env.DATABASE_URL);
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const pg = openPostgres(process.env.DATABASE_URL, schema);
  try {
    await time("postgres", pg);
  } finally {
    await pg.destroy();
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  }
}
