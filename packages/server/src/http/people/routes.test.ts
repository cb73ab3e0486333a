import { afterAll, beforeAll, expect, it } from "vitest";
import type { Organisation } from "../../db/schema/organisations.ts";
import { describeEachDialect } from "../../testing/dialects.ts";
import {
  buildOrganisation,
  buildTestApp,
  buildUser,
  signIn,
  type BuiltUser,
} from "../../testing/factories.ts";
import type { App } from "../app.ts";

describeEachDialect("people routes", (ctx) => {
  let app: App;
  let organisation: Organisation;
  let admin: BuiltUser;
  let manager: BuiltUser;
  let report: BuiltUser;
  let colleague: BuiltUser;
  beforeAll(async () => {
    app = await buildTestApp(ctx.db, { now: () => new Date("2025-06-02T10:00:00.000Z") });
    organisation = await buildOrganisation(ctx.db);
    admin = await buildUser(ctx.db, { organisation, roles: ["admin"] });
    manager = await buildUser(ctx.db, { organisation });
    report = await buildUser(ctx.db, { organisation });
    colleague = await buildUser(ctx.db, { organisation });
    await ctx.db
      .updateTable("users")
      .set({ line_manager_id: manager.id })
      .where("id", "=", report.id)
      .execute();
  });
  afterAll(async () => {
    await app.close();
  });

  it("lets an admin list, add and change people, each with the actions they may take", async () => {
    const headers = await signIn(app, admin);
    const created = await app.inject({
      method: "POST",
      url: "/api/people",
      headers,
      payload: {
        email: "New.Starter@council.example",
        name: "New Starter",
        lineManagerId: manager.id,
        startDate: "2025-06-02",
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: "new.starter@council.example",
      roles: ["employee"],
      lineManagerId: manager.id,
      can: { update: true, recordLeaving: true, recordAbsence: true, resetTwoFactor: true },
    });
    const changed = await app.inject({
      method: "PATCH",
      url: `/api/people/${created.json().id}`,
      headers,
      payload: { department: "Parks", jobTitle: "Ranger" },
    });
    expect(changed.json()).toMatchObject({
      department: "Parks",
      jobTitle: "Ranger",
      startDate: "2025-06-02",
    });
    const list = await app.inject({ method: "GET", url: "/api/people?department=Parks", headers });
    expect(list.json().people.map((p: { id: string }) => p.id)).toEqual([created.json().id]);
    expect(list.json().can).toEqual({ create: true, import: true });
  });

  it("shows everyone their own profile and managers their reports, and nobody else's", async () => {
    const managerHeaders = await signIn(app, manager);
    const reports = await app.inject({ method: "GET", url: "/api/me/reports", headers: managerHeaders });
    expect(reports.json().people.map((p: { id: string }) => p.id)).toContain(report.id);
    const theirReport = await app.inject({
      method: "GET",
      url: `/api/people/${report.id}`,
      headers: managerHeaders,
    });
    expect(theirReport.statusCode).toBe(200);
    expect(theirReport.json().can).toEqual({
      update: false,
      recordLeaving: false,
      recordAbsence: false,
      resetTwoFactor: false,
    });
    const notTheirs = await app.inject({
      method: "GET",
      url: `/api/people/${colleague.id}`,
      headers: managerHeaders,
    });
    expect(notTheirs.statusCode).toBe(404);

    const reportHeaders = await signIn(app, report);
    const profile = await app.inject({ method: "GET", url: "/api/me/profile", headers: reportHeaders });
    expect(profile.json()).toMatchObject({ id: report.id, lineManagerId: manager.id });
    expect((await app.inject({ method: "GET", url: "/api/people", headers: reportHeaders })).statusCode).toBe(
      403,
    );
    expect(
      (await app.inject({ method: "GET", url: "/api/me/reports", headers: reportHeaders })).json().people,
    ).toEqual([]);
  });

  it("POST /api/people/:id/leave ends the leaver's sessions at once", async () => {
    const leaver = await buildUser(ctx.db, { organisation });
    const leaverHeaders = await signIn(app, leaver);
    expect((await app.inject({ method: "GET", url: "/api/me", headers: leaverHeaders })).statusCode).toBe(
      200,
    );
    const headers = await signIn(app, admin);
    const left = await app.inject({
      method: "POST",
      url: `/api/people/${leaver.id}/leave`,
      headers,
      payload: {},
    });
    expect(left.statusCode).toBe(200);
    expect(left.json()).toMatchObject({
      status: "left",
      leaveDate: "2025-06-02",
      can: { recordLeaving: false },
    });
    expect((await app.inject({ method: "GET", url: "/api/me", headers: leaverHeaders })).statusCode).toBe(
      401,
    );
    const again = await app.inject({
      method: "POST",
      url: `/api/people/${leaver.id}/leave`,
      headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it("previews an import with per-row errors, then applies it", async () => {
    const headers = await signIn(app, admin);
    const bad =
      "email,name,department,line_manager_email,roles,job_title,start_date,leave_date\nx,,,,boss,,,\n";
    const preview = await app.inject({
      method: "POST",
      url: "/api/people/import/preview",
      headers,
      payload: { csv: bad },
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().errors.map((e: { column: string }) => e.column)).toEqual([
      "email",
      "name",
      "roles",
    ]);
    const refused = await app.inject({
      method: "POST",
      url: "/api/people/import",
      headers,
      payload: { csv: bad },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toEqual({
      path: "row 2.email",
      message: '"x" is not an email address',
    });

    const good = `email,name,department,line_manager_email,roles,job_title,start_date,leave_date\nimported@council.example,Imported,Comms,${manager.email},employee,,,\n`;
    const applied = await app.inject({
      method: "POST",
      url: "/api/people/import",
      headers,
      payload: { csv: good },
    });
    expect(applied.json().created).toEqual([{ row: 2, email: "imported@council.example" }]);
  });

  it("answers 404 for a person in another organisation, even to its admins", async () => {
    const otherAdmin = await buildUser(ctx.db, { roles: ["admin"] });
    const headers = await signIn(app, otherAdmin);
    for (const request of [
      { method: "GET" as const, url: `/api/people/${report.id}` },
      { method: "PATCH" as const, url: `/api/people/${report.id}`, payload: { name: "Hijacked" } },
      { method: "POST" as const, url: `/api/people/${report.id}/leave`, payload: {} },
    ]) {
      expect((await app.inject({ ...request, headers })).statusCode).toBe(404);
    }
  });
});
