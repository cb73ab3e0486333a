import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import type { JobRow } from "../db/schema/jobs.ts";
import { newId, toTimestamp } from "../db/time.ts";
import type { EnqueueOptions, JobHandler, JobQueue } from "./queue.ts";

export interface TableQueueOptions {
  now?: () => Date;
  /** How often an idle worker looks for due jobs. */
  pollIntervalMs?: number;
  /** A running job whose worker has not finished within this time is run again. */
  leaseMs?: number;
  maxAttempts?: number;
  /** The first retry waits this long; each further retry waits twice as long. */
  retryBaseMs?: number;
  onError?: (error: unknown, job: { id: string; name: string }) => void;
}

/**
 * A durable queue in the `jobs` table. A job is claimed with one conditional UPDATE, so two
 * workers (or two processes) never run the same attempt; a worker that dies mid-run leaves its
 * lease to expire and the job is claimed again.
 */
export class TableQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly now: () => Date;
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;

  constructor(
    private readonly db: Db,
    private readonly options: TableQueueOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 5 * 60 * 1000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryBaseMs = options.retryBaseMs ?? 30 * 1000;
  }

  async enqueue(
    name: string,
    payload: Record<string, unknown>,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const id = newId();
    const now = this.now();
    const inserted = await this.db
      .insertInto("jobs")
      .values({
        id,
        name,
        payload: JSON.stringify(payload),
        state: "queued",
        run_at: toTimestamp(options.runAt ?? now),
        attempts: 0,
        max_attempts: this.maxAttempts,
        lease_until: null,
        singleton_key: options.singletonKey ?? null,
        last_error: null,
        created_at: toTimestamp(now),
        finished_at: null,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
  }

  async work(name: string, handler: JobHandler): Promise<void> {
    this.handlers.set(name, handler);
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every due job once (for tests and the CLI); returns how many ran. */
  async drain(): Promise<number> {
    let ran = 0;
    while (await this.runOne()) ran += 1;
    return ran;
  }

  private schedule(delayMs: number): void {
    if (!this.started) return;
    this.timer = setTimeout(() => {
      this.running = this.pollOnce().finally(() => {
        this.running = undefined;
      });
    }, delayMs);
  }

  private async pollOnce(): Promise<void> {
    let ranAny = false;
    try {
      while (this.started && (await this.runOne())) ranAny = true;
    } catch (error) {
      this.options.onError?.(error, { id: "", name: "poll" });
    }
    this.schedule(ranAny ? 0 : this.pollIntervalMs);
  }

  private async runOne(): Promise<boolean> {
    const job = await this.claim();
    if (!job) return false;
    const handler = this.handlers.get(job.name) as JobHandler;
    try {
      await handler(JSON.parse(job.payload) as Record<string, unknown>, {
        id: job.id,
        attempt: job.attempts,
      });
      await this.db
        .updateTable("jobs")
        .set({ state: "completed", lease_until: null, finished_at: toTimestamp(this.now()) })
        .where("id", "=", job.id)
        .execute();
    } catch (error) {
      this.options.onError?.(error, job);
      const final = job.attempts >= job.max_attempts;
      const retryAt = new Date(this.now().getTime() + this.retryBaseMs * 2 ** (job.attempts - 1));
      await this.db
        .updateTable("jobs")
        .set({
          state: final ? "failed" : "queued",
          run_at: final ? job.run_at : toTimestamp(retryAt),
          lease_until: null,
          last_error: error instanceof Error ? error.message.slice(0, 1000) : "failed",
          finished_at: final ? toTimestamp(this.now()) : null,
        })
        .where("id", "=", job.id)
        .execute();
    }
    return true;
  }

  /** Takes the oldest due job this worker handles: queued and due, or running with a lapsed lease. */
  private async claim(): Promise<JobRow | undefined> {
    const names = [...this.handlers.keys()];
    if (names.length === 0) return undefined;
    const now = toTimestamp(this.now());
    const claimable = sql<boolean>`(state = 'queued' and run_at <= ${now}) or (state = 'active' and lease_until <= ${now})`;
    for (;;) {
      const candidate = await this.db
        .selectFrom("jobs")
        .select("id")
        .where("name", "in", names)
        .where(claimable)
        .orderBy("run_at")
        .limit(1)
        .executeTakeFirst();
      if (!candidate) return undefined;
      // The same condition again: whoever updates first wins, the other updates no row.
      const claimed = await this.db
        .updateTable("jobs")
        .set((eb) => ({
          state: "active",
          attempts: eb("attempts", "+", 1),
          lease_until: toTimestamp(new Date(this.now().getTime() + this.leaseMs)),
        }))
        .where("id", "=", candidate.id)
        .where(claimable)
        .returningAll()
        .executeTakeFirst();
      if (!claimed) continue;
      if (claimed.attempts > claimed.max_attempts) {
        await this.db
          .updateTable("jobs")
          .set({ state: "failed", lease_until: null, finished_at: now, last_error: "worker stopped mid-run" })
          .where("id", "=", claimed.id)
          .execute();
        continue;
      }
      return claimed;
    }
  }
}
