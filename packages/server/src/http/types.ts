import type { AppConfig } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { JobQueue } from "../jobs/queue.ts";
import type { UserView } from "../domain/users/user-view.ts";

/** What every route can reach: the database, the configuration, the clock and the signed-in user. */
declare module "fastify" {
  interface FastifyInstance {
    db: Db;
    config: AppConfig;
    /** The current time; tests replace it to move sessions past their expiry. */
    now: () => Date;
    /** The job queue routes hand deferred work to (check-out expiry, emails). */
    jobs: JobQueue;
  }
  interface FastifyRequest {
    /** The signed-in user, or null. Set for every `/api/` request before handlers run. */
    user: UserView | null;
    /** The session's id (the token hash), or null. */
    sessionId: string | null;
  }
}

export {};
