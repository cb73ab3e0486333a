import { expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildTeam } from "../../testing/governance-fixtures.ts";
import { decideOutOfHours } from "./decide-out-of-hours.ts";
import { requestOutOfHours } from "./request-out-of-hours.ts";

const HOUR = 3_600_000;

describeEachDialect("out-of-hours ICT use", (ctx) => {
  it("is approved in advance by the line manager only", async () => {
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    const now = new Date();
    const request = await requestOutOfHours({
      db: ctx.db,
      actor: team.employee,
      startsAt: new Date(now.getTime() + 24 * HOUR),
      endsAt: new Date(now.getTime() + 27 * HOUR),
      reason: "Christmas lights switch-on",
      device: "council phone CP-7",
      now,
    });
    await expect(
      decideOutOfHours({
        db: ctx.db,
        actor: team.otherManager,
        requestId: request.id,
        decision: "approve",
        now,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const approved = await decideOutOfHours({
      db: ctx.db,
      actor: team.manager,
      requestId: request.id,
      decision: "approve",
      now,
    });
    expect(approved).toMatchObject({ state: "approved", decidedBy: team.manager.id });
    const columns = Object.keys(
      await ctx.db.selectFrom("out_of_hours_requests").selectAll().executeTakeFirstOrThrow(),
    );
    expect(columns.filter((c) => /activity|location|usage|track|monitor/.test(c))).toEqual([]);
  });

  it("refuses an approval once the window has started", async () => {
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    const now = new Date();
    const request = await requestOutOfHours({
      db: ctx.db,
      actor: team.employee,
      startsAt: new Date(now.getTime() + HOUR),
      endsAt: new Date(now.getTime() + 3 * HOUR),
      reason: "Flood warning posts",
      device: "council laptop",
      now,
    });
    const late = new Date(now.getTime() + 2 * HOUR);
    await expect(
      decideOutOfHours({
        db: ctx.db,
        actor: team.manager,
        requestId: request.id,
        decision: "approve",
        now: late,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    const actions = await ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("subject_id", "=", request.id)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["out_of_hours.requested"]);
  });
});
