import { Writable } from "node:stream";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { createLogger } from "../../logger.ts";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildTestApp, signIn } from "../../testing/factories.ts";
import { buildTeam, enableTwoFactor } from "../../testing/governance-fixtures.ts";
import { acknowledgePolicy } from "../../domain/policy/acknowledge-policy.ts";
import { decideGrant } from "../../domain/grants/decide-grant.ts";
import { requestGrant } from "../../domain/grants/request-grant.ts";
import type { Db } from "../../db/database.ts";

function captureLogs() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: "trace", destination }) };
}

/** Every value of every row of every table, as text. */
async function dumpDatabase(db: Db): Promise<string> {
  const tables = await db.introspection.getTables();
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db);
    parts.push(`${table.name}:${JSON.stringify(rows)}`);
  }
  return parts.join("\n");
}

describeEachDialect("credential vault", (ctx) => {
  it("never lets a token out, and shows a shared password only in the check-out response", async () => {
    const TOKEN = "EAAB-distinctive-platform-token-7f3a9c";
    const PASSWORD = "Shared-Login-Password-4417-zebra";
    const { lines, logger } = captureLogs();
    const app = await buildTestApp(ctx.db, { logger });
    const team = await buildTeam(ctx.db);
    const accountUrl = `/api/accounts/${team.account.id}`;
    const bodies: { url: string; body: string }[] = [];
    const call = async (
      headers: Record<string, string>,
      method: "GET" | "POST" | "PUT" | "DELETE",
      url: string,
      payload?: object,
    ) => {
      const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      bodies.push({ url: `${method} ${url}`, body: `${JSON.stringify(response.headers)}\n${response.body}` });
      return response;
    };

    const admin = await signIn(app, team.admin);
    // Sign in before two-factor is switched on below (sign-in would then ask for a code).
    const employee = await signIn(app, team.employee);
    expect(
      (await call(admin, "PUT", `${accountUrl}/secrets/api_token`, { value: "first-token-to-replace" }))
        .statusCode,
    ).toBe(200);
    const setToken = await call(admin, "PUT", `${accountUrl}/secrets/api_token`, { value: TOKEN });
    expect(setToken.json()).toMatchObject({ kind: "api_token", hasSecret: true });
    expect(
      (await call(admin, "PUT", `${accountUrl}/secrets/shared_password`, { value: PASSWORD })).statusCode,
    ).toBe(200);
    const listed = await call(admin, "GET", "/api/accounts");
    expect(listed.json().accounts[0].secrets.api_token.hasSecret).toBe(true);
    await call(admin, "GET", accountUrl);

    // An admin without a grant may not check the login out.
    expect((await call(admin, "POST", `${accountUrl}/checkouts`, { reason: "curious" })).statusCode).toBe(
      403,
    );

    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["post"],
      reason: "Posts",
    });
    await decideGrant({ db: ctx.db, actor: team.manager, grantId: grant.id, decision: "approve" });
    await enableTwoFactor(ctx.db, team.employee.id);
    await acknowledgePolicy({ db: ctx.db, actor: team.employee });

    await call(employee, "GET", "/api/accounts");
    const checkout = await call(employee, "POST", `${accountUrl}/checkouts`, {
      reason: "Instagram app login on the events phone",
    });
    expect(checkout.statusCode).toBe(201);
    expect(checkout.json().password).toBe(PASSWORD);
    expect(checkout.headers["cache-control"]).toBe("no-store");
    const second = await call(employee, "POST", `${accountUrl}/checkouts`, { reason: "again" });
    expect(second.statusCode).toBe(409);
    const checkin = await call(employee, "POST", `/api/checkouts/${checkout.json().checkout.id}/check-in`);
    expect(checkin.json()).toMatchObject({ endReason: "checked_in" });
    await call(employee, "GET", "/api/notifications");
    await call(admin, "GET", "/api/audit");
    await call(admin, "DELETE", `${accountUrl}/secrets/shared_password`);
    await call(admin, "PUT", `${accountUrl}/secrets/shared_password`, { value: PASSWORD });
    await app.close();

    const carriers = bodies.filter((b) => b.body.includes(PASSWORD)).map((b) => b.url);
    expect(carriers).toEqual([`POST ${accountUrl}/checkouts`]);
    expect(bodies.filter((b) => b.body.includes(TOKEN))).toEqual([]);
    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(10);
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain(PASSWORD);
    const dump = await dumpDatabase(ctx.db);
    expect(dump).toContain("account_secrets");
    expect(dump).not.toContain(TOKEN);
    expect(dump).not.toContain(PASSWORD);
    expect(dump).not.toContain(Buffer.from(TOKEN).toString("base64"));

    const actions = await ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("organisation_id", "=", team.organisation.id)
      .where("action", "like", "credential.%")
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual(["credential.checked_in", "credential.checked_out"]);
  });

  it("expires a check-out through the job queued at its end time", async () => {
    const now = new Date();
    let clock = now;
    const app = await buildTestApp(ctx.db, { now: () => clock });
    const team = await buildTeam(ctx.db);
    const admin = await signIn(app, team.admin);
    const employee = await signIn(app, team.employee);
    await app.inject({
      method: "PUT",
      url: `/api/accounts/${team.account.id}/secrets/shared_password`,
      headers: admin,
      payload: { value: "pw-123456" },
    });
    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["post"],
      reason: "Posts",
    });
    await decideGrant({ db: ctx.db, actor: team.manager, grantId: grant.id, decision: "approve" });
    await enableTwoFactor(ctx.db, team.employee.id);
    await acknowledgePolicy({ db: ctx.db, actor: team.employee });
    const out = await app.inject({
      method: "POST",
      url: `/api/accounts/${team.account.id}/checkouts`,
      headers: employee,
      payload: { reason: "post", minutes: 30 },
    });
    expect(out.statusCode).toBe(201);
    const job = await ctx.db
      .selectFrom("jobs")
      .selectAll()
      .where("singleton_key", "=", out.json().checkout.id)
      .executeTakeFirstOrThrow();
    expect(job.run_at).toBe(out.json().checkout.expiresAt);

    const { TableQueue } = await import("../../jobs/table-queue.ts");
    const { createJobRuntime } = await import("../../jobs/job-runtime.ts");
    clock = new Date(now.getTime() + 31 * 60_000);
    const queue = new TableQueue(ctx.db, { now: () => clock });
    const runtime = createJobRuntime({ db: ctx.db, queue, schedules: false, now: () => clock });
    await runtime.start();
    await runtime.stop();
    await queue.drain();
    const row = await ctx.db
      .selectFrom("credential_checkouts")
      .selectAll()
      .where("id", "=", out.json().checkout.id)
      .executeTakeFirstOrThrow();
    expect(row.end_reason).toBe("expired");
    await app.close();
  });
});
