import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.ts";
import { TableQueue } from "./table-queue.ts";

describeEachDialect("table-backed job queue", (ctx) => {
  it("keeps one waiting job per singleton key", async () => {
    const queue = new TableQueue(ctx.db);
    expect(await queue.enqueue("single", { n: 1 }, { singletonKey: "k" })).not.toBeNull();
    expect(await queue.enqueue("single", { n: 2 }, { singletonKey: "k" })).toBeNull();
    let seen = 0;
    await queue.work("single", async () => {
      seen += 1;
    });
    expect(await queue.drain()).toBe(1);
    expect(seen).toBe(1);
    expect(await queue.enqueue("single", { n: 3 }, { singletonKey: "k" })).not.toBeNull();
  });

  it("retries a failed job with backoff and runs an abandoned one again after its lease", async () => {
    let clock = new Date("2025-01-01T09:00:00.000Z");
    const queue = new TableQueue(ctx.db, { now: () => clock, retryBaseMs: 1000, leaseMs: 60_000 });
    const attempts: number[] = [];
    await queue.enqueue("flaky", {});
    await queue.work("flaky", async (_payload, job) => {
      attempts.push(job.attempt);
      if (job.attempt === 1) throw new Error("SMTP down");
    });
    expect(await queue.drain()).toBe(1);
    expect(await queue.drain()).toBe(0);
    clock = new Date(clock.getTime() + 1001);
    expect(await queue.drain()).toBe(1);
    expect(attempts).toEqual([1, 2]);

    // A worker that died mid-run: the row is left active with a lease.
    await queue.enqueue("abandoned", {});
    await ctx.db
      .updateTable("jobs")
      .set({ state: "active", attempts: 1, lease_until: new Date(clock.getTime() + 60_000).toISOString() })
      .where("name", "=", "abandoned")
      .execute();
    const runs: number[] = [];
    await queue.work("abandoned", async (_p, job) => {
      runs.push(job.attempt);
    });
    expect(await queue.drain()).toBe(0);
    clock = new Date(clock.getTime() + 61_000);
    expect(await queue.drain()).toBe(1);
    expect(runs).toEqual([2]);
  });
});
