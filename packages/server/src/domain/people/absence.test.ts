import { expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildTeam } from "../../testing/governance-fixtures.ts";
import { decideGrant } from "../grants/decide-grant.ts";
import { lineManagerOf } from "../grants/line-manager.ts";
import { requestGrant } from "../grants/request-grant.ts";
import { decideOutOfHours } from "../out-of-hours/decide-out-of-hours.ts";
import { requestOutOfHours } from "../out-of-hours/request-out-of-hours.ts";
import { endAbsence } from "./end-absence.ts";
import { findPerson } from "./person-view.ts";
import { recordAbsence } from "./record-absence.ts";

// Monday 2 June 2025, 10:00 in London.
const now = new Date("2025-06-02T09:00:00.000Z");
const HOUR = 3_600_000;

describeEachDialect("a line manager away", (ctx) => {
  async function setup() {
    const team = await buildTeam(ctx.db);
    const base = {
      db: ctx.db,
      organisationId: team.organisation.id,
      actorId: team.admin.id,
      personId: team.manager.id,
    };
    return { team, base };
  }

  it("records and ends the absence, each audited with the dates and the reason", async () => {
    const { team, base } = await setup();
    const away = await recordAbsence({ ...base, until: "2025-06-13", reason: "Annual leave", now });
    expect(away).toMatchObject({ absentUntil: "2025-06-13", absenceReason: "Annual leave" });
    expect(await findPerson(ctx.db, team.organisation.id, team.manager.id)).toMatchObject({
      absentUntil: "2025-06-13",
    });
    const back = await endAbsence({ ...base, now });
    expect(back).toMatchObject({ absentUntil: null, absenceReason: null });
    await expect(endAbsence({ ...base, now })).rejects.toMatchObject({ code: "conflict" });

    const events = await ctx.db
      .selectFrom("audit_events")
      .select(["action", "actor_id", "before", "after"])
      .where("subject_id", "=", team.manager.id)
      .where("action", "like", "person.absence%")
      .orderBy("seq")
      .execute();
    expect(events.map((e) => [e.action, e.actor_id])).toEqual([
      ["person.absence_recorded", team.admin.id],
      ["person.absence_ended", team.admin.id],
    ]);
    expect(JSON.parse(events[0]?.after ?? "{}")).toEqual({
      absentUntil: "2025-06-13",
      reason: "Annual leave",
    });
    expect(JSON.parse(events[1]?.before ?? "{}")).toEqual({
      absentUntil: "2025-06-13",
      reason: "Annual leave",
    });
  });

  it("refuses a last day in the past or not a date", async () => {
    const { base } = await setup();
    for (const until of ["2025-06-01", "13/06/2025", "2025-02-30"]) {
      await expect(recordAbsence({ ...base, until, reason: "Leave", now })).rejects.toMatchObject({
        code: "validation_failed",
      });
    }
  });

  it("makes the manager unavailable through their last day away, and available again after it", async () => {
    const { team, base } = await setup();
    await recordAbsence({ ...base, until: "2025-06-13", reason: "Annual leave", now });
    const on = (iso: string) => lineManagerOf(ctx.db, team.employee.id, new Date(iso));
    expect(await on("2025-06-02T09:00:00.000Z")).toEqual({
      managerId: team.manager.id,
      managerAvailable: false,
    });
    // 23:30 on the 13th in London is still the 13th (British Summer Time).
    expect((await on("2025-06-13T22:30:00.000Z")).managerAvailable).toBe(false);
    expect((await on("2025-06-13T23:30:00.000Z")).managerAvailable).toBe(true);
  });

  it("lets the clerk decide grants and out-of-hours requests without an override reason while the manager is away", async () => {
    const { team, base } = await setup();
    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["post"],
      reason: "Events cover",
      now,
    });
    const outOfHours = await requestOutOfHours({
      db: ctx.db,
      actor: team.employee,
      startsAt: new Date(now.getTime() + 24 * HOUR),
      endsAt: new Date(now.getTime() + 26 * HOUR),
      reason: "Evening event",
      device: "council phone",
      now,
    });
    // While the manager is here the clerk needs a reason.
    await expect(
      decideGrant({ db: ctx.db, actor: team.admin, grantId: grant.id, decision: "approve", now }),
    ).rejects.toMatchObject({ code: "forbidden" });

    await recordAbsence({ ...base, until: "2025-06-13", reason: "Annual leave", now });
    const approved = await decideGrant({
      db: ctx.db,
      actor: team.admin,
      grantId: grant.id,
      decision: "approve",
      now,
    });
    expect(approved.state).toBe("approved");
    expect(approved.overrideReason).toMatch(/away/);
    const decided = await decideOutOfHours({
      db: ctx.db,
      actor: team.admin,
      requestId: outOfHours.id,
      decision: "approve",
      now,
    });
    expect(decided).toMatchObject({ state: "approved", decidedBy: team.admin.id, managerAvailable: false });
  });

  it("sends new requests to the admins while the manager is away", async () => {
    const { team, base } = await setup();
    await recordAbsence({ ...base, until: "2025-06-13", reason: "Annual leave", now });
    await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["reply"],
      reason: "Answering residents",
      now,
    });
    const told = await ctx.db
      .selectFrom("notifications")
      .select("user_id")
      .where("kind", "=", "grant.requested")
      .where("organisation_id", "=", team.organisation.id)
      .execute();
    expect(told.map((n) => n.user_id)).toEqual([team.admin.id]);
  });
});
