import { expect, it } from "vitest";
import { describeEachDialect } from "../../../testing/dialects.ts";
import { buildOrganisation, buildUser } from "../../../testing/factories.ts";
import { createSession } from "../../auth/create-session.ts";
import { listPeople } from "../list-people.ts";
import { applyPeopleImport } from "./apply-people-import.ts";
import { generatePeopleCsv } from "./people-csv-fixture.ts";
import { planPeopleImport } from "./plan-people-import.ts";

const HEADER = "email,name,department,line_manager_email,roles,job_title,start_date,leave_date";
const now = new Date("2025-06-02T10:00:00.000Z");

describeEachDialect("people CSV import", (ctx) => {
  async function setup() {
    const organisation = await buildOrganisation(ctx.db);
    const admin = await buildUser(ctx.db, { organisation, roles: ["admin"], email: "admin@council.example" });
    return { organisation, admin, base: { db: ctx.db, organisationId: organisation.id, now } };
  }

  it("names the row, column and problem for every bad row", async () => {
    const { base } = await setup();
    const csv = [
      HEADER,
      "good@council.example,Good Person,Comms,,employee,,,",
      "not-an-email,Bad Email,,,employee,,,",
      "role@council.example,Bad Role,,,employee;superuser,,,",
      "orphan@council.example,No Manager,,ghost@council.example,employee,,,",
      "GOOD@council.example,Duplicate,,,employee,,,",
      "dates@council.example,Bad Dates,,,employee,,31/01/2024,2024-02-30",
      "loop1@council.example,Loop One,,loop2@council.example,employee,,,",
      "loop2@council.example,Loop Two,,loop1@council.example,employee,,,",
      "order@council.example,Wrong Order,,,employee,,2025-01-01,2024-01-01",
    ].join("\n");
    const { report } = await planPeopleImport({ ...base, csv });
    expect(report.errors).toEqual([
      { row: 3, column: "email", message: '"not-an-email" is not an email address' },
      { row: 4, column: "roles", message: expect.stringContaining('"superuser" is not a role') },
      {
        row: 5,
        column: "line_manager_email",
        message: "ghost@council.example is not in the file or on record",
      },
      { row: 6, column: "email", message: "good@council.example is already on row 2" },
      { row: 7, column: "start_date", message: '"31/01/2024" is not a date written YYYY-MM-DD' },
      { row: 7, column: "leave_date", message: '"2024-02-30" is not a date written YYYY-MM-DD' },
      {
        row: 8,
        column: "line_manager_email",
        message: expect.stringMatching(/management loop: loop1.* → loop2.* → loop1/),
      },
      { row: 9, column: "line_manager_email", message: expect.stringMatching(/management loop/) },
      { row: 10, column: "leave_date", message: "is before the start date" },
    ]);
    expect(report.rows).toBe(9);
    expect(report.created).toEqual([{ row: 2, email: "good@council.example" }]);
    await expect(applyPeopleImport({ ...base, actorId: null, csv })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect(await listPeople({ db: ctx.db, organisationId: base.organisationId })).toHaveLength(1);
  });

  it("refuses a header without the expected columns", async () => {
    const { base } = await setup();
    const { report } = await planPeopleImport({ ...base, csv: "email,name\na@b.example,A\n" });
    expect(report.errors).toEqual([
      { row: 1, column: "file", message: expect.stringContaining("missing department, line_manager_email") },
    ]);
  });

  it("creates, then reports the same file unchanged, then applies only what changed", async () => {
    const { organisation, admin, base } = await setup();
    const first = [
      HEADER,
      'boss@council.example,"Boss, The",Comms,,employee;admin,Head of Comms,2020-01-06,',
      "worker@council.example,Worker,Comms,boss@council.example,employee,Officer,2021-03-01,",
      "admin@council.example,Admin Person,IT,boss@council.example,admin,,,",
    ].join("\r\n");
    const created = await applyPeopleImport({ ...base, actorId: admin.id, csv: first });
    expect(created.created.map((r) => r.email)).toEqual(["boss@council.example", "worker@council.example"]);
    expect(created.updated).toEqual([
      { row: 4, email: "admin@council.example", changes: ["name", "department", "line_manager_email"] },
    ]);
    const people = await listPeople({ db: ctx.db, organisationId: organisation.id });
    const boss = people.find((p) => p.email === "boss@council.example");
    expect(boss).toMatchObject({
      name: "Boss, The",
      roles: ["employee", "admin"],
      jobTitle: "Head of Comms",
    });
    expect(people.find((p) => p.email === "worker@council.example")?.lineManagerId).toBe(boss?.id);

    const eventsBefore = await ctx.db
      .selectFrom("audit_events")
      .select("id")
      .where("organisation_id", "=", organisation.id)
      .execute();
    const again = await applyPeopleImport({ ...base, actorId: admin.id, csv: first });
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged).toHaveLength(3);
    const eventsAfter = await ctx.db
      .selectFrom("audit_events")
      .select("id")
      .where("organisation_id", "=", organisation.id)
      .execute();
    expect(eventsAfter).toHaveLength(eventsBefore.length);

    const leaver = await ctx.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "worker@council.example")
      .where("organisation_id", "=", organisation.id)
      .executeTakeFirstOrThrow();
    await createSession({
      db: ctx.db,
      userId: leaver.id,
      policy: { idleTimeoutMs: 1e7, absoluteTimeoutMs: 1e8 },
      now,
    });
    const second = first.replace(
      "Worker,Comms,boss@council.example,employee,Officer,2021-03-01,",
      "Worker,Comms,boss@council.example,employee;auditor,Officer,2021-03-01,2025-06-01",
    );
    const changed = await applyPeopleImport({ ...base, actorId: admin.id, csv: second });
    expect(changed.updated).toEqual([
      { row: 3, email: "worker@council.example", changes: ["roles", "leave_date"] },
    ]);
    expect(changed.leavers).toEqual([{ row: 3, email: "worker@council.example" }]);
    expect(
      await ctx.db.selectFrom("sessions").select("id").where("user_id", "=", leaver.id).execute(),
    ).toEqual([]);
    const actions = await ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("organisation_id", "=", organisation.id)
      .orderBy("seq")
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["people.imported", "people.imported", "person.left"]);
  });

  it("imports 5,000 rows in well under 10 seconds, and re-imports them as unchanged", async () => {
    const { organisation, admin, base } = await setup();
    const csv = generatePeopleCsv(5000);
    const started = performance.now();
    const report = await applyPeopleImport({ ...base, actorId: admin.id, csv });
    const firstMs = performance.now() - started;
    expect(report.errors).toEqual([]);
    expect(report.created).toHaveLength(5000);
    const again = performance.now();
    const second = await applyPeopleImport({ ...base, actorId: admin.id, csv });
    const secondMs = performance.now() - again;
    expect(second.unchanged).toHaveLength(5000);
    console.log(
      `[${ctx.dialect}] 5,000-row import: ${Math.round(firstMs)} ms; re-import: ${Math.round(secondMs)} ms`,
    );
    expect(firstMs).toBeLessThan(10_000);
    expect(secondMs).toBeLessThan(10_000);
    const count = await ctx.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .where("organisation_id", "=", organisation.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(5001);
  }, 60_000);
});
