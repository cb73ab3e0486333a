import { afterAll, beforeAll, expect, it } from "vitest";
import { toTimestamp } from "../db/time.ts";
import { createSmtpMailer } from "../email/mailer.ts";
import { describeEachDialect } from "../testing/dialects.ts";
import { buildTeam } from "../testing/governance-fixtures.ts";
import { dropQueueSchema, testQueueFor } from "../testing/job-queues.ts";
import { startSmtpSink } from "../testing/smtp-sink.ts";
import { buildTestApp } from "../testing/factories.ts";
import { createJobRuntime } from "./job-runtime.ts";
import { JOB_NAMES } from "./job-names.ts";

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

describeEachDialect("reminder email across a restart", (ctx) => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp.close();
    await dropQueueSchema(ctx.db);
  });

  it("delivers a reminder queued before a shutdown exactly once after the restart", async () => {
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    const longAgo = toTimestamp(new Date(Date.now() - 400 * 24 * 60 * 60 * 1000));
    await ctx.db
      .updateTable("accounts")
      .set({ last_access_review_at: longAgo })
      .where("id", "=", team.account.id)
      .execute();
    const mailer = createSmtpMailer({ url: smtp.url, from: "postwarden@malvern.example" });

    // First life: app and workers running; the reminder is due shortly; everything stops before then.
    const firstQueue = await testQueueFor(ctx.db);
    const firstApp = await buildTestApp(ctx.db, { jobs: firstQueue });
    const first = createJobRuntime({ db: ctx.db, queue: firstQueue, mailer, schedules: false });
    await first.start();
    await firstQueue.enqueue(
      JOB_NAMES.accountReviewReminders,
      {},
      {
        runAt: new Date(Date.now() + 1500),
        singletonKey: "daily-check",
      },
    );
    await first.stop();
    await firstApp.close();
    await new Promise((r) => setTimeout(r, 1700));
    expect(smtp.received).toHaveLength(0);

    // Second life: a new queue instance over the same database picks the job up.
    const secondQueue = await testQueueFor(ctx.db);
    const secondApp = await buildTestApp(ctx.db, { jobs: secondQueue });
    const second = createJobRuntime({ db: ctx.db, queue: secondQueue, mailer, schedules: false });
    await second.start();
    await waitFor(() => smtp.received.length > 0, 20_000);
    // The daily check running again, and the dispatcher again, must not send it twice.
    await secondQueue.enqueue(JOB_NAMES.accountReviewReminders, {});
    await secondQueue.enqueue(JOB_NAMES.dispatchNotificationEmails, {});
    await new Promise((r) => setTimeout(r, 2500));
    await second.stop();
    await secondApp.close();
    mailer.close();

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual([team.admin.email]);
    expect(smtp.received[0]?.raw).toContain("Access review due");
    const notification = await ctx.db
      .selectFrom("notifications")
      .select(["email_state", "kind"])
      .where("user_id", "=", team.admin.id)
      .where("kind", "=", "account.review_due")
      .execute();
    expect(notification).toEqual([{ email_state: "sent", kind: "account.review_due" }]);
  }, 60_000);
});
