import { PostgresAdapter } from "kysely";
import type { Db } from "../db/database.ts";
import { PgBossQueue, type PgBossQueueOptions } from "./pg-boss-queue.ts";
import type { JobQueue } from "./queue.ts";
import { TableQueue, type TableQueueOptions } from "./table-queue.ts";

export interface CreateJobQueueOptions {
  table?: TableQueueOptions;
  pgBoss?: PgBossQueueOptions;
}

/** pg-boss when the database is PostgreSQL, the jobs table when it is SQLite. */
export function createJobQueue(db: Db, options: CreateJobQueueOptions = {}): JobQueue {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? new PgBossQueue(db, options.pgBoss)
    : new TableQueue(db, options.table);
}
