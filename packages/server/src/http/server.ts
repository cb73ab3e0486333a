import { loadConfig, type AppConfig } from "../config.ts";
import type { Db } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { openDatabase } from "../db/open-database.ts";
import { ensureFirstStart, firstAdminNotice } from "../domain/setup/first-start.ts";
import { createLogger } from "../logger.ts";
import { buildApp, type App } from "./app.ts";
import { createSmtpMailer } from "../email/mailer.ts";
import { createJobQueue } from "../jobs/create-job-queue.ts";
import { createJobRuntime, type JobRuntime } from "../jobs/job-runtime.ts";

export interface RunningServer {
  app: App;
  db: Db;
  url: string;
  /** Stops accepting requests, lets in-flight ones finish, closes the database. */
  close(): Promise<void>;
}

export interface StartServerOptions {
  config?: AppConfig;
  /** Where the one-time first-administrator notice goes; stdout by default, never the log. */
  print?: (text: string) => void;
}

/** Opens the database, migrates, seeds a new deployment, and listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  const logger = createLogger({ level: config.logLevel });
  const db = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  let app: App | undefined;
  let jobs: JobRuntime | undefined;
  try {
    const { applied } = await migrateToLatest(db);
    if (applied.length > 0) logger.info({ migrations: applied }, "database migrated");
    const firstStart = await ensureFirstStart({ db, adminEmail: config.adminEmail });
    if (firstStart.created) print(firstAdminNotice(firstStart.admin));

    const queue = createJobQueue(db, {
      table: { onError: (err, job) => logger.error({ err, job: job.name }, "job failed") },
      pgBoss: { onError: (err) => logger.error({ err }, "job queue error") },
    });
    const mailer = config.smtp ? createSmtpMailer(config.smtp) : undefined;
    jobs = createJobRuntime({
      db,
      queue,
      ...(mailer ? { mailer } : {}),
      log: (message, err) => logger.error({ err }, message),
    });
    await jobs.start();
    app = await buildApp({ db, config, logger, jobs: queue });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace("127.0.0.1", "localhost").replace("[::1]", "localhost");
    const running = app;
    return {
      app: running,
      db,
      url,
      close: async () => {
        await running.close();
        await jobs?.stop();
        mailer?.close();
        await db.destroy();
      },
    };
  } catch (err) {
    await app?.close();
    await jobs?.stop();
    await db.destroy();
    throw err;
  }
}
