import { afterAll, beforeAll, expect, it } from "vitest";
import { totpCode } from "../../domain/two-factor/totp.ts";
import { describeEachDialect } from "../../testing/dialects.ts";
import {
  buildOrganisation,
  buildTestApp,
  buildUser,
  csrfHeaders,
  signIn,
  type BuiltUser,
} from "../../testing/factories.ts";
import type { App } from "../app.ts";

describeEachDialect("two-factor sign-in", (ctx) => {
  let app: App;
  let clock = new Date("2025-06-02T09:00:00.000Z");
  const later = (seconds: number) => {
    clock = new Date(clock.getTime() + seconds * 1000);
  };
  beforeAll(async () => {
    app = await buildTestApp(ctx.db, { now: () => clock, config: { enforceTwoFactorEnrolment: true } });
  });
  afterAll(async () => {
    await app.close();
  });

  /** Sets up and confirms an authenticator app for the user; returns its secret and recovery codes. */
  async function enrol(user: BuiltUser) {
    const headers = await signIn(app, user);
    const setup = await app.inject({ method: "POST", url: "/api/me/two-factor/setup", headers });
    expect(setup.statusCode).toBe(200);
    const { secret, uri } = setup.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const wrong = await app.inject({
      method: "POST",
      url: "/api/me/two-factor/confirm",
      headers,
      payload: { code: "000000" },
    });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await app.inject({
      method: "POST",
      url: "/api/me/two-factor/confirm",
      headers,
      payload: { code: totpCode(secret, clock) },
    });
    expect(confirmed.statusCode).toBe(200);
    return { secret: secret as string, recoveryCodes: confirmed.json().recoveryCodes as string[], headers };
  }

  async function passwordStep(user: BuiltUser) {
    const headers = await csrfHeaders(app);
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers,
      payload: { email: user.email, password: user.password },
    });
    const pending = response.cookies.find((c) => c.name === "pw_pending_sign_in");
    return {
      response,
      headers: { ...headers, cookie: `${headers.cookie}; pw_pending_sign_in=${pending?.value}` },
    };
  }

  const codeStep = (headers: Record<string, string>, code: string) =>
    app.inject({ method: "POST", url: "/api/auth/two-factor", headers, payload: { code } });

  it("forces an admin to enrol before anything else, and stores the secret sealed", async () => {
    const admin = await buildUser(ctx.db, { roles: ["admin"] });
    const headers = await signIn(app, admin);
    const blocked = await app.inject({ method: "GET", url: "/api/people", headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("two_factor_enrolment_required");
    const status = await app.inject({ method: "GET", url: "/api/me/two-factor", headers });
    expect(status.json()).toMatchObject({ enabled: false, required: true });

    const { secret, recoveryCodes } = await enrol(admin);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await ctx.db
      .selectFrom("two_factor_credentials")
      .selectAll()
      .where("user_id", "=", admin.id)
      .executeTakeFirstOrThrow();
    expect(stored.secret_ciphertext).not.toContain(secret);
    const hashes = await ctx.db
      .selectFrom("recovery_codes")
      .select("code_hash")
      .where("user_id", "=", admin.id)
      .execute();
    expect(hashes.map((h) => h.code_hash).join()).not.toContain(recoveryCodes[0]?.replace("-", ""));
    expect((await app.inject({ method: "GET", url: "/api/people", headers })).statusCode).toBe(200);
  });

  it("tells 'already set up' apart from 'start set-up first' by code", async () => {
    const user = await buildUser(ctx.db);
    const headers = await signIn(app, user);
    const early = await app.inject({
      method: "POST",
      url: "/api/me/two-factor/confirm",
      headers,
      payload: { code: "123456" },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("conflict");

    await enrol(user);
    for (const path of ["setup", "confirm"]) {
      const again = await app.inject({
        method: "POST",
        url: `/api/me/two-factor/${path}`,
        headers,
        payload: path === "confirm" ? { code: "123456" } : undefined,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe("two_factor_already_enabled");
    }
  });

  it("does not force an employee without a grant, who may still choose to enrol", async () => {
    const employee = await buildUser(ctx.db);
    const headers = await signIn(app, employee);
    expect((await app.inject({ method: "GET", url: "/api/me/profile", headers })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/me/two-factor", headers })).json()).toMatchObject({
      required: false,
    });
  });

  it("asks for a code after the password, and signs in with a fresh one only once", async () => {
    const user = await buildUser(ctx.db, { roles: ["admin"] });
    const { secret } = await enrol(user);
    later(60);
    const { response, headers } = await passwordStep(user);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ twoFactorRequired: true });
    expect(response.cookies.find((c) => c.name === "pw_session")).toBeUndefined();
    const pending = response.cookies.find((c) => c.name === "pw_pending_sign_in");
    expect(pending).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    expect((await codeStep(headers, "123456")).statusCode).toBe(401);
    const code = totpCode(secret, clock);
    const ok = await codeStep(headers, code);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.id).toBe(user.id);
    const session = ok.cookies.find((c) => c.name === "pw_session");
    expect(session?.value).toBeTruthy();
    // The session starts here, so the CSRF token changes here.
    const csrf = ok.cookies.find((c) => c.name === "pw_csrf");
    expect(csrf?.value).toBeTruthy();
    expect(csrf?.value).not.toBe(headers["x-csrf-token"]);

    // The same code cannot be used again, even within its 30 seconds.
    const second = await passwordStep(user);
    expect((await codeStep(second.headers, code)).statusCode).toBe(401);
  });

  it("accepts each recovery code once, and audits its use", async () => {
    const user = await buildUser(ctx.db, { roles: ["admin"] });
    const { recoveryCodes } = await enrol(user);
    const first = await passwordStep(user);
    expect((await codeStep(first.headers, (recoveryCodes[3] as string).toUpperCase())).statusCode).toBe(200);
    const second = await passwordStep(user);
    expect((await codeStep(second.headers, recoveryCodes[3] as string)).statusCode).toBe(401);
    const event = await ctx.db
      .selectFrom("audit_events")
      .select("after")
      .where("action", "=", "two_factor.recovery_code_used")
      .where("subject_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.after ?? "{}")).toEqual({ recoveryCodesLeft: 9 });
  });

  it("ends the pending sign-in after five wrong codes, and when it expires", async () => {
    const user = await buildUser(ctx.db, { roles: ["admin"] });
    const { secret } = await enrol(user);
    const { headers } = await passwordStep(user);
    for (let i = 0; i < 4; i++) expect((await codeStep(headers, "000000")).statusCode).toBe(401);
    expect((await codeStep(headers, "000000")).statusCode).toBe(429);
    expect((await codeStep(headers, totpCode(secret, clock))).statusCode).toBe(401);

    const slow = await passwordStep(user);
    later(6 * 60);
    const expired = await codeStep(slow.headers, totpCode(secret, clock));
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toMatch(/expired/);
  });

  it("after an admin's reset, signs the person out and makes them enrol again at the next sign-in", async () => {
    const organisation = await buildOrganisation(ctx.db);
    const admin = await buildUser(ctx.db, { organisation, roles: ["employee", "admin"] });
    const person = await buildUser(ctx.db, { organisation, roles: ["employee", "admin"] });
    const { headers: adminHeaders } = await enrol(admin);
    const { headers: personHeaders } = await enrol(person);
    const url = `/api/people/${person.id}/two-factor/reset`;

    const noReason = await app.inject({
      method: "POST",
      url,
      headers: adminHeaders,
      payload: { reason: " " },
    });
    expect(noReason.statusCode).toBe(400);
    const own = await app.inject({
      method: "POST",
      url: `/api/people/${admin.id}/two-factor/reset`,
      headers: adminHeaders,
      payload: { reason: "Lost my phone" },
    });
    expect(own.statusCode).toBe(403);

    const reset = await app.inject({
      method: "POST",
      url,
      headers: adminHeaders,
      payload: { reason: "Lost phone" },
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ sessionsEnded: 1, recoveryCodesRemoved: 10 });
    expect((await app.inject({ method: "GET", url: "/api/me", headers: personHeaders })).statusCode).toBe(
      401,
    );

    // No code is asked for: the password alone signs in, and enrolment comes first.
    const signedIn = await signIn(app, person);
    const blocked = await app.inject({ method: "GET", url: "/api/people", headers: signedIn });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("two_factor_enrolment_required");
    const again = await app.inject({
      method: "POST",
      url,
      headers: adminHeaders,
      payload: { reason: "Twice" },
    });
    expect(again.statusCode).toBe(409);
  });

  it("signs out everywhere", async () => {
    const user = await buildUser(ctx.db);
    const laptop = await signIn(app, user);
    const phone = await signIn(app, user);
    const response = await app.inject({
      method: "POST",
      url: "/api/me/sessions/revoke-all",
      headers: laptop,
    });
    expect(response.json()).toEqual({ sessionsEnded: 2 });
    expect((await app.inject({ method: "GET", url: "/api/me", headers: phone })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/me", headers: laptop })).statusCode).toBe(401);
  });
});
