import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildTestApp, buildUser, csrfHeaders, signIn } from "../../testing/factories.ts";
import type { App } from "../app.ts";

describeEachDialect("sign-in", (ctx) => {
  let app: App;
  let clock = new Date("2025-06-02T09:00:00.000Z");
  beforeAll(async () => {
    app = await buildTestApp(ctx.db, { now: () => clock });
  });
  afterAll(async () => {
    await app.close();
  });

  describe("GET /api/auth/session", () => {
    it("answers no user and sets a readable CSRF cookie when signed out", async () => {
      const response = await app.inject({ method: "GET", url: "/api/auth/session" });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.user).toBeNull();
      const cookie = response.cookies.find((c) => c.name === "pw_csrf");
      expect(cookie?.value).toBe(body.csrfToken);
      expect(cookie?.sameSite).toBe("Lax");
      expect(cookie?.path).toBe("/");
    });

    it("keeps the CSRF token the browser already has", async () => {
      const headers = await csrfHeaders(app);
      const response = await app.inject({
        method: "GET",
        url: "/api/auth/session",
        headers: { cookie: headers.cookie },
      });
      expect(response.json().csrfToken).toBe(headers["x-csrf-token"]);
      expect(response.cookies.find((c) => c.name === "pw_csrf")).toBeUndefined();
    });

    it("replaces a CSRF cookie the server did not issue", async () => {
      const response = await app.inject({
        method: "GET",
        url: "/api/auth/session",
        headers: { cookie: "pw_csrf=made.up" },
      });
      expect(response.json().csrfToken).not.toBe("made.up");
    });

    it("names the signed-in user", async () => {
      const user = await buildUser(ctx.db, { roles: ["employee", "auditor"] });
      const headers = await signIn(app, user);
      const response = await app.inject({ method: "GET", url: "/api/auth/session", headers });
      expect(response.json().user).toEqual({
        id: user.id,
        email: user.email,
        name: user.name,
        roles: ["employee", "auditor"],
      });
    });
  });

  describe("POST /api/auth/sign-in", () => {
    it("signs in and sets an HttpOnly, SameSite=Lax session cookie", async () => {
      const user = await buildUser(ctx.db, { roles: ["admin"] });
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers: await csrfHeaders(app),
        payload: { email: user.email.toUpperCase(), password: user.password },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        user: { id: user.id, email: user.email, name: user.name, roles: ["admin"] },
      });
      const cookie = response.cookies.find((c) => c.name === "pw_session");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie?.secure).toBeFalsy();
    });

    it("marks the session cookie Secure behind an https proxy it trusts", async () => {
      const proxied = await buildTestApp(ctx.db, { config: { trustProxy: true } });
      const user = await buildUser(ctx.db);
      const headers = await csrfHeaders(proxied);
      const response = await proxied.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers: { ...headers, "x-forwarded-proto": "https" },
        payload: { email: user.email, password: user.password },
      });
      expect(response.cookies.find((c) => c.name === "pw_session")?.secure).toBe(true);
      await proxied.close();
    });

    it("answers a wrong password and an unknown email with the same 401", async () => {
      const user = await buildUser(ctx.db);
      const headers = await csrfHeaders(app);
      const wrongPassword = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers,
        payload: { email: user.email, password: "not the password" },
      });
      const unknownEmail = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers,
        payload: { email: "nobody@example.gov.uk", password: "not the password" },
      });
      expect(wrongPassword.statusCode).toBe(401);
      expect(unknownEmail.statusCode).toBe(401);
      expect(wrongPassword.json().error.code).toBe("invalid_credentials");
      expect(unknownEmail.json()).toEqual(wrongPassword.json());
      expect(wrongPassword.cookies.find((c) => c.name === "pw_session")).toBeUndefined();
    });

    it("refuses the sixth attempt in a minute with 429, even with the right password", async () => {
      const user = await buildUser(ctx.db);
      const headers = await csrfHeaders(app);
      const attempt = (password: string) =>
        app.inject({
          method: "POST",
          url: "/api/auth/sign-in",
          headers,
          payload: { email: user.email, password },
        });
      for (let i = 0; i < 5; i++) expect((await attempt("wrong password")).statusCode).toBe(401);
      const sixth = await attempt(user.password);
      expect(sixth.statusCode).toBe(429);
      expect(sixth.json().error.code).toBe("rate_limited");

      clock = new Date(clock.getTime() + 61_000);
      expect((await attempt(user.password)).statusCode).toBe(200);
    });

    it("forgets an account's failures after a right password, so typos never add up to a lock-out", async () => {
      const dayLong = await buildTestApp(ctx.db, {
        now: () => clock,
        config: { signIn: { ...app.config.signIn, failureWindowMs: 24 * 60 * 60 * 1000 } },
      });
      const user = await buildUser(ctx.db);
      const headers = await csrfHeaders(dayLong);
      const attempt = (password: string) =>
        dayLong.inject({
          method: "POST",
          url: "/api/auth/sign-in",
          headers,
          payload: { email: user.email, password },
        });
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 4; i++) {
          clock = new Date(clock.getTime() + 60 * 60 * 1000);
          expect((await attempt("a typo")).statusCode).toBe(401);
        }
        expect((await attempt(user.password)).statusCode).toBe(200);
      }
      const left = await ctx.db
        .selectFrom("login_attempts")
        .select("id")
        .where("email", "=", user.email)
        .execute();
      expect(left).toEqual([]);
      await dayLong.close();
    });

    it("limits sign-in attempts from one address, whichever accounts they try", async () => {
      const strict = await buildTestApp(ctx.db, {
        config: {
          signIn: { maxFailuresPerAccount: 5, failureWindowMs: 60_000, maxAttemptsPerIpPerMinute: 3 },
        },
      });
      const headers = await csrfHeaders(strict);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await strict.inject({
          method: "POST",
          url: "/api/auth/sign-in",
          headers,
          payload: { email: `guess-${i}@example.gov.uk`, password: "guess" },
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.json().error.code).toBe("rate_limited");
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      await strict.close();
    });

    it("refuses a user who has left", async () => {
      const user = await buildUser(ctx.db);
      await ctx.db.updateTable("users").set({ status: "left" }).where("id", "=", user.id).execute();
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers: await csrfHeaders(app),
        payload: { email: user.email, password: user.password },
      });
      expect(response.statusCode).toBe(401);
    });

    it("names the missing field", async () => {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers: await csrfHeaders(app),
        payload: { email: "a@example.gov.uk" },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("validation_failed");
      expect(response.json().error.message).toContain("body.password");
      expect(response.json().error.details).toEqual([expect.objectContaining({ path: "body.password" })]);
    });
  });

  describe("sessions", () => {
    it("GET /api/me answers the user, and 401 after sign-out", async () => {
      const user = await buildUser(ctx.db);
      const headers = await signIn(app, user);
      const me = await app.inject({ method: "GET", url: "/api/me", headers });
      expect(me.statusCode).toBe(200);
      expect(me.json().user.email).toBe(user.email);

      const signOut = await app.inject({ method: "POST", url: "/api/auth/sign-out", headers });
      expect(signOut.statusCode).toBe(204);
      const cleared = signOut.cookies.find((c) => c.name === "pw_session");
      expect(cleared?.value).toBe("");

      const after = await app.inject({ method: "GET", url: "/api/me", headers });
      expect(after.statusCode).toBe(401);
      expect(after.json().error.code).toBe("unauthenticated");
    });

    it("GET /api/me answers 401 with no session", async () => {
      const response = await app.inject({ method: "GET", url: "/api/me" });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
    });

    it("ends a session left idle past the idle timeout", async () => {
      const user = await buildUser(ctx.db);
      const headers = await signIn(app, user);
      clock = new Date(clock.getTime() + app.config.session.idleTimeoutMs - 60_000);
      expect((await app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(200);
      clock = new Date(clock.getTime() + app.config.session.idleTimeoutMs - 60_000);
      expect((await app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(200);
      clock = new Date(clock.getTime() + app.config.session.idleTimeoutMs + 1);
      expect((await app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(401);
    });

    it("ends a session at its absolute expiry however busy it is", async () => {
      const user = await buildUser(ctx.db);
      const headers = await signIn(app, user);
      const end = clock.getTime() + app.config.session.absoluteTimeoutMs;
      while (clock.getTime() + app.config.session.idleTimeoutMs / 2 < end) {
        clock = new Date(clock.getTime() + app.config.session.idleTimeoutMs / 2);
        expect((await app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(200);
      }
      clock = new Date(end);
      expect((await app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(401);
    });

    it("clears a session cookie the server does not know, or whose session has expired", async () => {
      const unknown = await app.inject({
        method: "GET",
        url: "/api/me",
        headers: { cookie: "pw_session=not-a-session" },
      });
      expect(unknown.statusCode).toBe(401);
      const cleared = unknown.cookies.find((c) => c.name === "pw_session");
      expect(cleared?.value).toBe("");
      expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());

      const user = await buildUser(ctx.db);
      const headers = await signIn(app, user);
      const alive = await app.inject({ method: "GET", url: "/api/me", headers });
      expect(alive.cookies.find((c) => c.name === "pw_session")).toBeUndefined();
      clock = new Date(clock.getTime() + app.config.session.idleTimeoutMs + 1);
      const expired = await app.inject({ method: "GET", url: "/api/auth/session", headers });
      expect(expired.json().user).toBeNull();
      expect(expired.cookies.find((c) => c.name === "pw_session")?.value).toBe("");

      // Signing in with the dead cookie still present sets the new session, not the clearing.
      const again = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers,
        payload: { email: user.email, password: user.password },
      });
      expect(again.statusCode).toBe(200);
      const fresh = again.cookies.filter((c) => c.name === "pw_session");
      expect(fresh).toHaveLength(1);
      expect(fresh[0]?.value).toBeTruthy();
    });

    it("stores only the hash of the session token", async () => {
      const user = await buildUser(ctx.db);
      const headers = await signIn(app, user);
      const token = /pw_session=([^;]+)/.exec(headers.cookie)?.[1];
      const rows = await ctx.db.selectFrom("sessions").select("id").where("user_id", "=", user.id).execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.id).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0]?.id).not.toBe(token);
    });
  });
});
