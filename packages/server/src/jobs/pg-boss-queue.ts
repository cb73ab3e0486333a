import { randomUUID } from "node:crypto";
import { CompiledQuery } from "kysely";
import PgBoss from "pg-boss";
import type { Db } from "../db/database.ts";
import type { EnqueueOptions, JobHandler, JobQueue } from "./queue.ts";

export interface PgBossQueueOptions {
  /** The PostgreSQL schema pg-boss keeps its tables in. */
  schema?: string;
  pollIntervalSeconds?: number;
  /** A running job not finished within this time is failed and retried. */
  expireInSeconds?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  onError?: (error: unknown) => void;
}

/**
 * pg-boss over the application's own connection pool (its `db` adapter), so jobs live in the
 * same database and no second connection string is needed. Every queue uses the "short"
 * policy, which keeps at most one waiting job per singleton key; a job without a key gets a
 * unique one.
 */
export class PgBossQueue implements JobQueue {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly queues = new Set<string>();
  private ready: Promise<void> | undefined;
  private working = false;

  constructor(
    db: Db,
    private readonly options: PgBossQueueOptions = {},
  ) {
    this.boss = new PgBoss({
      db: {
        executeSql: (text: string, values?: unknown[]) =>
          db.executeQuery(CompiledQuery.raw(text, values ?? [])),
      },
      schema: options.schema ?? "pgboss",
      supervise: true,
      schedule: false,
      migrate: true,
    });
    this.boss.on("error", (error) => options.onError?.(error));
  }

  async enqueue(
    name: string,
    payload: Record<string, unknown>,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    await this.ensureQueue(name);
    return this.boss.send(name, payload, {
      singletonKey: options.singletonKey ?? randomUUID(),
      ...(options.runAt ? { startAfter: options.runAt } : {}),
    });
  }

  async work(name: string, handler: JobHandler): Promise<void> {
    this.handlers.set(name, handler);
    if (this.working) await this.subscribe(name, handler);
  }

  async start(): Promise<void> {
    await this.ensureStarted();
    this.working = true;
    for (const [name, handler] of this.handlers) await this.subscribe(name, handler);
  }

  async stop(): Promise<void> {
    this.working = false;
    if (!this.ready) return;
    const stopped = new Promise<void>((resolve) => this.boss.once("stopped", () => resolve()));
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
    await stopped;
    this.ready = undefined;
    this.queues.clear();
  }

  private ensureStarted(): Promise<void> {
    this.ready ??= this.boss.start().then(() => undefined);
    return this.ready;
  }

  private async ensureQueue(name: string): Promise<void> {
    await this.ensureStarted();
    if (this.queues.has(name)) return;
    await this.boss.createQueue(name, {
      name,
      policy: "short",
      retryLimit: this.options.retryLimit ?? 4,
      retryDelay: this.options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: this.options.expireInSeconds ?? 300,
    });
    this.queues.add(name);
  }

  private async subscribe(name: string, handler: JobHandler): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work<Record<string, unknown>>(
      name,
      { pollingIntervalSeconds: this.options.pollIntervalSeconds ?? 2, batchSize: 1 },
      async (jobs) => {
        for (const job of jobs) {
          await handler(job.data ?? {}, { id: job.id, attempt: 1 });
        }
      },
    );
  }
}
