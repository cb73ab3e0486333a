/**
 * The one job-queue interface. Two implementations: pg-boss on PostgreSQL (pg-boss-queue.ts)
 * and a table in the application database on SQLite (table-queue.ts). Delivery is at least
 * once: a handler must be idempotent (the email sender checks its delivery ledger).
 */
export interface EnqueueOptions {
  /** Not before this time; now when absent. */
  runAt?: Date;
  /** While a job with this key is waiting, enqueuing another with the same key does nothing. */
  singletonKey?: string;
}

export interface JobContext {
  id: string;
  /** 1 on the first run, 2 on the first retry, ... */
  attempt: number;
}

export type JobHandler = (payload: Record<string, unknown>, job: JobContext) => Promise<void>;

export interface JobQueue {
  /** Stores the job durably; returns its id, or null when a singleton of it is already waiting. */
  enqueue(name: string, payload: Record<string, unknown>, options?: EnqueueOptions): Promise<string | null>;
  /** Registers the handler for a job name; it runs once start() has been called. */
  work(name: string, handler: JobHandler): Promise<void>;
  start(): Promise<void>;
  /** Stops taking jobs and waits for the running one to finish. */
  stop(): Promise<void>;
}
