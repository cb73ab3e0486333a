import { afterAll, beforeAll, expect, it } from "vitest";
import type { Organisation } from "../../db/schema/organisations.ts";
import { recordAuditEvent } from "../../domain/audit/record-audit-event.ts";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildOrganisation, buildTestApp, buildUser, signIn } from "../../testing/factories.ts";
import type { App } from "../app.ts";

describeEachDialect("GET /api/audit-events", (ctx) => {
  let app: App;
  let organisation: Organisation;
  beforeAll(async () => {
    app = await buildTestApp(ctx.db);
    organisation = await buildOrganisation(ctx.db);
    for (let i = 1; i <= 5; i++) {
      await recordAuditEvent(ctx.db, {
        organisationId: organisation.id,
        actorId: null,
        action: "person.updated",
        subjectType: "user",
        subjectId: `user-${i}`,
        after: { note: i === 3 ? "=cmd|' /C calc'!A0" : `step ${i}`, token: "tok-secret" },
      });
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it("pages an auditor through the log, newest first, with what they may do", async () => {
    const auditor = await buildUser(ctx.db, { organisation, roles: ["auditor"] });
    const headers = await signIn(app, auditor);
    const first = await app.inject({ method: "GET", url: "/api/audit-events?limit=2", headers });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.events.map((e: { seq: number }) => e.seq)).toEqual([5, 4]);
    expect(page.can).toEqual({ export: true });
    const second = await app.inject({
      method: "GET",
      url: `/api/audit-events?limit=2&beforeSeq=${page.nextBeforeSeq}`,
      headers,
    });
    expect(second.json().events.map((e: { seq: number }) => e.seq)).toEqual([3, 2]);
    const filtered = await app.inject({ method: "GET", url: "/api/audit-events?subjectId=user-1", headers });
    expect(filtered.json().events).toHaveLength(1);
    expect(filtered.json().nextBeforeSeq).toBeNull();
  });

  it("exports JSON Lines oldest first and records the export", async () => {
    const admin = await buildUser(ctx.db, { organisation, roles: ["admin"] });
    const headers = await signIn(app, admin);
    const response = await app.inject({ method: "GET", url: "/api/audit-events?format=jsonl", headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/x-ndjson");
    expect(response.headers["content-disposition"]).toMatch(/attachment; filename="audit-log-.*\.jsonl"/);
    const lines = response.body
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.slice(0, 5).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(response.body).not.toContain("tok-secret");
    const latest = await app.inject({ method: "GET", url: "/api/audit-events?limit=1", headers });
    expect(latest.json().events[0]).toMatchObject({ action: "audit.exported", actorId: admin.id });
  });

  it("exports CSV with a header, quoting and formula cells defused", async () => {
    const auditor = await buildUser(ctx.db, { organisation, roles: ["auditor"] });
    const headers = await signIn(app, auditor);
    const response = await app.inject({ method: "GET", url: "/api/audit-events?format=csv", headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    const lines = response.body.split("\r\n");
    expect(lines[0]).toBe(
      "seq,id,at,actor_id,action,subject_type,subject_id,before,after,ip,device,prev_hash,hash",
    );
    expect(lines[1]).toMatch(/^1,/);
    expect(lines[3]).toContain('"{""note"":""=cmd|');
  });

  it("refuses employees and people who are not signed in", async () => {
    const employee = await buildUser(ctx.db, { organisation });
    const headers = await signIn(app, employee);
    expect((await app.inject({ method: "GET", url: "/api/audit-events", headers })).statusCode).toBe(403);
    expect(
      (await app.inject({ method: "GET", url: "/api/audit-events?format=csv", headers })).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/audit-events" })).statusCode).toBe(401);
  });

  it("shows an admin of another organisation none of these events", async () => {
    const otherAdmin = await buildUser(ctx.db, { roles: ["admin"] });
    const headers = await signIn(app, otherAdmin);
    const response = await app.inject({ method: "GET", url: "/api/audit-events?format=jsonl", headers });
    expect(response.body).not.toContain(organisation.id);
    expect(response.body).not.toContain("user-3");
  });
});
