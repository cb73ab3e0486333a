import { PostgresAdapter, sql } from "kysely";
import type { Db } from "../db/database.ts";
import { PgBossQueue } from "../jobs/pg-boss-queue.ts";
import type { JobQueue } from "../jobs/queue.ts";
import { TableQueue } from "../jobs/table-queue.ts";

/**
 * The queue a deployment on this database would use, tuned to poll quickly. On PostgreSQL
 * pg-boss gets a schema beside the test's own; `dropQueueSchema` removes it afterwards.
 */
export async function testQueueFor(db: Db): Promise<JobQueue> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    return new TableQueue(db, { pollIntervalMs: 50, retryBaseMs: 100 });
  }
  return new PgBossQueue(db, {
    schema: await bossSchemaOf(db),
    pollIntervalSeconds: 0.5,
    retryDelaySeconds: 1,
  });
}

export async function dropQueueSchema(db: Db): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop schema if exists ${sql.id(await bossSchemaOf(db))} cascade`.execute(db);
}

async function bossSchemaOf(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return `${rows[0]?.schema ?? "public"}_boss`;
}
