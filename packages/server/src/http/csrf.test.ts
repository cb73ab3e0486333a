import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.ts";
import { buildTestApp, buildUser, csrfHeaders, signIn } from "../testing/factories.ts";
import type { App } from "./app.ts";

describeEachDialect("CSRF protection", (ctx) => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp(ctx.db);
  });
  afterAll(async () => {
    await app.close();
  });

  describe("double submit, bound to the session", () => {
    it("refuses a request without the CSRF token with 403", async () => {
      const user = await buildUser(ctx.db);
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { email: user.email, password: user.password },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("csrf_invalid");
    });

    it("refuses a CSRF header that does not match the cookie", async () => {
      const headers = await csrfHeaders(app);
      const other = await csrfHeaders(app);
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers: { cookie: headers.cookie, "x-csrf-token": other["x-csrf-token"] },
        payload: { email: "a@example.gov.uk", password: "x" },
      });
      expect(response.statusCode).toBe(403);
    });

    it("gives the browser a new CSRF token at sign-in and at sign-out", async () => {
      const user = await buildUser(ctx.db);
      const before = await csrfHeaders(app);
      const signedIn = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers: before,
        payload: { email: user.email, password: user.password },
      });
      const rotated = signedIn.cookies.find((c) => c.name === "pw_csrf");
      expect(rotated?.value).toBeTruthy();
      expect(rotated?.value).not.toBe(before["x-csrf-token"]);
      expect(rotated).toMatchObject({ path: "/", sameSite: "Lax" });
      expect(rotated?.httpOnly).toBeFalsy();
      const session = signedIn.cookies.find((c) => c.name === "pw_session")?.value;
      const headers = {
        cookie: `pw_csrf=${rotated?.value}; pw_session=${session}`,
        "x-csrf-token": rotated?.value ?? "",
      };
      const asked = await app.inject({ method: "GET", url: "/api/auth/session", headers });
      expect(asked.json().csrfToken).toBe(rotated?.value);

      const signOut = await app.inject({ method: "POST", url: "/api/auth/sign-out", headers });
      expect(signOut.statusCode).toBe(204);
      const afterSignOut = signOut.cookies.find((c) => c.name === "pw_csrf");
      expect(afterSignOut?.value).toBeTruthy();
      expect(afterSignOut?.value).not.toBe(rotated?.value);
    });

    it("binds the CSRF token to the session it was issued beside", async () => {
      const before = await csrfHeaders(app);
      const alice = await signIn(app, await buildUser(ctx.db));
      const bob = await signIn(app, await buildUser(ctx.db));
      const sessionOf = (headers: { cookie: string }) => /pw_session=([^;]+)/.exec(headers.cookie)?.[1];
      const change = (csrf: string, session: string | undefined) =>
        app.inject({
          method: "POST",
          url: "/api/auth/sign-out",
          headers: { cookie: `pw_csrf=${csrf}; pw_session=${session}`, "x-csrf-token": csrf },
        });

      // The token a browser held before signing in, and another session's token, are refused.
      const planted = await change(before["x-csrf-token"], sessionOf(alice));
      expect(planted.statusCode).toBe(403);
      expect(planted.json().error.code).toBe("csrf_invalid");
      expect((await change(bob["x-csrf-token"], sessionOf(alice))).statusCode).toBe(403);
      // Asking for the session's token replaces a stale one with one bound to this session.
      const asked = await app.inject({
        method: "GET",
        url: "/api/auth/session",
        headers: { cookie: `pw_csrf=${before["x-csrf-token"]}; pw_session=${sessionOf(alice)}` },
      });
      expect(asked.json().csrfToken).not.toBe(before["x-csrf-token"]);
      expect((await change(asked.json().csrfToken, sessionOf(alice))).statusCode).toBe(204);
    });

    it("answers a change after the session ended with 401, not a CSRF refusal", async () => {
      const user = await buildUser(ctx.db);
      const headers = await signIn(app, user);
      // Signed out everywhere from another browser.
      const elsewhere = await signIn(app, user);
      const ended = await app.inject({
        method: "POST",
        url: "/api/me/sessions/revoke-all",
        headers: elsewhere,
      });
      expect(ended.json().sessionsEnded).toBe(2);
      const read = await app.inject({ method: "GET", url: "/api/me", headers });
      expect(read.statusCode).toBe(401);
      // The browser drops the dead session cookie and keeps the signed-out token it was given.
      const csrf = read.cookies.find((c) => c.name === "pw_csrf")?.value ?? "";
      expect(csrf).not.toBe(headers["x-csrf-token"]);
      const write = await app.inject({
        method: "POST",
        url: "/api/me/two-factor/setup",
        headers: { cookie: `pw_csrf=${csrf}`, "x-csrf-token": csrf },
      });
      expect(write.statusCode).toBe(401);
      expect(write.json().error.code).toBe("unauthenticated");
    });
  });
});
