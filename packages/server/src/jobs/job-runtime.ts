import { Cron } from "croner";
import type { Db } from "../db/database.ts";
import { sendAccountReviewReminders } from "../domain/accounts/send-account-review-reminders.ts";
import { runGrantReviews } from "../domain/grants/run-grant-reviews.ts";
import { processDueLeavers } from "../domain/people/process-due-leavers.ts";
import { dispatchNotificationEmails } from "../domain/notifications/dispatch-notification-emails.ts";
import { sendNotificationEmail } from "../domain/notifications/send-notification-email.ts";
import { sendAcknowledgementReminders } from "../domain/policy/send-acknowledgement-reminders.ts";
import { expireCheckouts } from "../domain/vault/expire-checkouts.ts";
import type { Mailer } from "../email/mailer.ts";
import { JOB_NAMES } from "./job-names.ts";
import type { JobQueue } from "./queue.ts";

export interface JobRuntimeOptions {
  db: Db;
  queue: JobQueue;
  mailer?: Mailer;
  now?: () => Date;
  /** Run the recurring checks on their schedules (off in tests that drive them by hand). */
  schedules?: boolean;
  log?: (message: string, error?: unknown) => void;
}

/** When each recurring check runs, in UK time; each run is a job, so one server does it. */
export const SCHEDULES = [
  { pattern: "0 7 * * *", job: JOB_NAMES.accountReviewReminders },
  { pattern: "10 7 * * *", job: JOB_NAMES.grantReviews },
  { pattern: "20 7 * * *", job: JOB_NAMES.policyAcknowledgementReminders },
  { pattern: "* * * * *", job: JOB_NAMES.dispatchNotificationEmails },
  { pattern: "*/5 * * * *", job: JOB_NAMES.expireCheckout },
  // Just after midnight, so someone whose leave date is today loses access as the day starts.
  { pattern: "1 0 * * *", job: JOB_NAMES.dueLeavers },
] as const;

export interface JobRuntime {
  queue: JobQueue;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Wires every job handler to the queue and the recurring checks to croner. A recurring check
 * enqueues a job with a singleton key for that minute, so several app instances sharing one
 * database run it once.
 */
export function createJobRuntime(options: JobRuntimeOptions): JobRuntime {
  const { db, queue } = options;
  const now = options.now ?? (() => new Date());
  const crons: Cron[] = [];
  const handlers: Record<string, (payload: Record<string, unknown>) => Promise<unknown>> = {
    [JOB_NAMES.sendNotificationEmail]: (payload) =>
      sendNotificationEmail({
        db,
        mailer: options.mailer,
        notificationId: String(payload.notificationId),
        now,
      }),
    [JOB_NAMES.dispatchNotificationEmails]: () => dispatchNotificationEmails(db, queue),
    [JOB_NAMES.accountReviewReminders]: async () => {
      await sendAccountReviewReminders(db, now());
      await dispatchNotificationEmails(db, queue);
    },
    [JOB_NAMES.grantReviews]: async () => {
      await runGrantReviews(db, now());
      await dispatchNotificationEmails(db, queue);
    },
    [JOB_NAMES.policyAcknowledgementReminders]: async () => {
      await sendAcknowledgementReminders(db, { now: now() });
      await dispatchNotificationEmails(db, queue);
    },
    [JOB_NAMES.dueLeavers]: () => processDueLeavers({ db, now: now() }),
    [JOB_NAMES.expireCheckout]: (payload) =>
      expireCheckouts(db, {
        ...(typeof payload.checkoutId === "string" ? { checkoutId: payload.checkoutId } : {}),
        now: now(),
      }),
  };
  return {
    queue,
    async start() {
      for (const [name, handler] of Object.entries(handlers)) {
        await queue.work(name, async (payload) => {
          await handler(payload);
        });
      }
      await queue.start();
      if (options.schedules ?? true) {
        for (const schedule of SCHEDULES) {
          crons.push(
            new Cron(schedule.pattern, { timezone: "Europe/London", protect: true }, async () => {
              const minute = now().toISOString().slice(0, 16);
              try {
                await queue.enqueue(schedule.job, {}, { singletonKey: `${schedule.job}:${minute}` });
              } catch (error) {
                options.log?.(`could not enqueue ${schedule.job}`, error);
              }
            }),
          );
        }
      }
    },
    async stop() {
      for (const cron of crons.splice(0)) cron.stop();
      await queue.stop();
    },
  };
}
