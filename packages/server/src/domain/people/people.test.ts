import { expect, it } from "vitest";
import { createSession } from "../auth/create-session.ts";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildOrganisation, buildUser } from "../../testing/factories.ts";
import { createPerson } from "./create-person.ts";
import { leavePerson } from "./leave-person.ts";
import { listPeople } from "./list-people.ts";
import { processDueLeavers } from "./process-due-leavers.ts";
import { updatePerson } from "./update-person.ts";

const now = new Date("2025-06-02T10:00:00.000Z");
const policy = { idleTimeoutMs: 3_600_000, absoluteTimeoutMs: 86_400_000 };

describeEachDialect("people and the org chart", (ctx) => {
  async function setup() {
    const organisation = await buildOrganisation(ctx.db);
    const admin = await buildUser(ctx.db, { organisation, roles: ["admin"] });
    const base = { db: ctx.db, organisationId: organisation.id, actorId: admin.id, now };
    const person = (email: string, extra: Record<string, unknown> = {}) =>
      createPerson({
        ...base,
        fields: {
          email,
          name: email.split("@")[0] as string,
          roles: ["employee"],
          department: null,
          lineManagerId: null,
          jobTitle: null,
          startDate: null,
          leaveDate: null,
          ...extra,
        },
      });
    return { organisation, admin, base, person };
  }

  it("creates people with their place in the chart and audits it", async () => {
    const { organisation, person } = await setup();
    const boss = await person("boss@council.example", { department: "Comms", jobTitle: "Head of Comms" });
    const worker = await person("Worker@Council.example", {
      lineManagerId: boss.id,
      startDate: "2024-01-08",
    });
    expect(worker).toMatchObject({
      email: "worker@council.example",
      lineManagerId: boss.id,
      status: "active",
    });
    const reports = await listPeople({ db: ctx.db, organisationId: organisation.id, lineManagerId: boss.id });
    expect(reports.map((p) => p.id)).toEqual([worker.id]);
    const events = await ctx.db
      .selectFrom("audit_events")
      .select(["action", "subject_id"])
      .where("organisation_id", "=", organisation.id)
      .orderBy("seq")
      .execute();
    expect(events).toEqual([
      { action: "person.created", subject_id: boss.id },
      { action: "person.created", subject_id: worker.id },
    ]);
  });

  it("refuses a duplicate email, a bad date and a leave date before the start", async () => {
    const { person } = await setup();
    await person("same@council.example");
    await expect(person("SAME@council.example")).rejects.toMatchObject({ code: "conflict" });
    await expect(person("a@council.example", { startDate: "2025-02-30" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      person("b@council.example", { startDate: "2025-02-01", leaveDate: "2025-01-01" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("refuses a line manager from another organisation, oneself, or a loop", async () => {
    const { base, person } = await setup();
    const stranger = await buildUser(ctx.db);
    await expect(person("x@council.example", { lineManagerId: stranger.id })).rejects.toThrow(
      /no such person/,
    );
    const a = await person("a@council.example");
    const b = await person("b@council.example", { lineManagerId: a.id });
    const c = await person("c@council.example", { lineManagerId: b.id });
    await expect(updatePerson({ ...base, personId: a.id, changes: { lineManagerId: a.id } })).rejects.toThrow(
      /own line manager/,
    );
    await expect(updatePerson({ ...base, personId: a.id, changes: { lineManagerId: c.id } })).rejects.toThrow(
      /report/,
    );
    const moved = await updatePerson({
      ...base,
      personId: c.id,
      changes: { lineManagerId: a.id, department: "Parks" },
    });
    expect(moved).toMatchObject({ lineManagerId: a.id, department: "Parks" });
  });

  it("audits an update with the record before and after", async () => {
    const { organisation, base, person } = await setup();
    const p = await person("p@council.example");
    await updatePerson({
      ...base,
      personId: p.id,
      changes: { roles: ["employee", "auditor"], jobTitle: "Clerk" },
    });
    const event = await ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("organisation_id", "=", organisation.id)
      .where("action", "=", "person.updated")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.before ?? "{}")).toMatchObject({ roles: ["employee"], jobTitle: null });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({
      roles: ["employee", "auditor"],
      jobTitle: "Clerk",
    });
  });

  it("a leaver's sessions end at once and the leaving is audited", async () => {
    const { organisation, base } = await setup();
    const leaver = await buildUser(ctx.db, { organisation });
    await createSession({ db: ctx.db, userId: leaver.id, policy, now });
    await createSession({ db: ctx.db, userId: leaver.id, policy, now });
    const left = await leavePerson({ ...base, personId: leaver.id });
    expect(left).toMatchObject({ status: "left", leaveDate: "2025-06-02" });
    const sessions = await ctx.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", leaver.id)
      .execute();
    expect(sessions).toEqual([]);
    const event = await ctx.db
      .selectFrom("audit_events")
      .select("after")
      .where("organisation_id", "=", organisation.id)
      .where("action", "=", "person.left")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ status: "left", sessionsEnded: 2 });
    await expect(leavePerson({ ...base, personId: leaver.id })).rejects.toMatchObject({ code: "conflict" });
    await expect(
      leavePerson({ ...base, personId: leaver.id, leaveDate: "2025-06-03" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("a leave date of today set by update makes a leaver; a future one waits for the daily run", async () => {
    const { organisation, base } = await setup();
    const today = await buildUser(ctx.db, { organisation });
    const later = await buildUser(ctx.db, { organisation });
    await createSession({ db: ctx.db, userId: today.id, policy, now });
    await createSession({ db: ctx.db, userId: later.id, policy, now });
    expect(
      await updatePerson({ ...base, personId: today.id, changes: { leaveDate: "2025-06-02" } }),
    ).toMatchObject({ status: "left" });
    expect(
      await updatePerson({ ...base, personId: later.id, changes: { leaveDate: "2025-06-05" } }),
    ).toMatchObject({ status: "active" });
    const sessionsOf = (id: string) =>
      ctx.db.selectFrom("sessions").select("id").where("user_id", "=", id).execute();
    expect(await sessionsOf(today.id)).toHaveLength(0);
    expect(await sessionsOf(later.id)).toHaveLength(1);

    // 23:30 on 4 June in London (BST) is not yet the leave date; 00:30 on 5 June is, though UTC still says 4 June.
    await processDueLeavers({ db: ctx.db, now: new Date("2025-06-04T22:30:00.000Z") });
    expect(await sessionsOf(later.id)).toHaveLength(1);
    await processDueLeavers({ db: ctx.db, now: new Date("2025-06-04T23:30:00.000Z") });
    expect(await sessionsOf(later.id)).toHaveLength(0);
    const statuses = await listPeople({ db: ctx.db, organisationId: organisation.id, status: "left" });
    expect(statuses.map((p) => p.id).sort()).toEqual([today.id, later.id].sort());
  });
});
