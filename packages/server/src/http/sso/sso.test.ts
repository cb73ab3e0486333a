import { afterAll, beforeAll, expect, it } from "vitest";
import { keySourceOf, loadKeyring } from "../../crypto/keyring.ts";
import type { Organisation } from "../../db/schema/organisations.ts";
import { confirmTwoFactor } from "../../domain/two-factor/confirm-two-factor.ts";
import { setupTwoFactor } from "../../domain/two-factor/setup-two-factor.ts";
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
import { startOidcTestProvider, type OidcTestProvider } from "../../testing/oidc-test-provider.ts";
import type { App } from "../app.ts";

const CALLBACK = "http://localhost/api/auth/sso/callback";

describeEachDialect("single sign-on against a real OpenID Connect provider", (ctx) => {
  let app: App;
  let provider: OidcTestProvider;
  let organisation: Organisation;
  let staff: BuiltUser;
  beforeAll(async () => {
    provider = await startOidcTestProvider({
      redirectUri: CALLBACK,
      identities: [
        { sub: "entra-alice", email: "Alice.Jones@Council.example", name: "Alice Jones" },
        { sub: "entra-imposter", email: "alice.jones@council.example", name: "Someone Else" },
        { sub: "entra-stranger", email: "stranger@council.example", name: "Not On Record" },
        { sub: "entra-outsider", email: "someone@elsewhere.example", name: "Other Domain" },
      ],
    });
    app = await buildTestApp(ctx.db);
    organisation = await buildOrganisation(ctx.db);
    staff = await buildUser(ctx.db, { organisation, email: "alice.jones@council.example" });
    const admin = await buildUser(ctx.db, { organisation, roles: ["admin"] });
    const headers = await signIn(app, admin);
    const saved = await app.inject({
      method: "PUT",
      url: "/api/sso-config",
      headers,
      payload: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        allowedEmailDomain: "council.example",
      },
    });
    expect(saved.statusCode).toBe(204);
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  /** Start at the app, sign in at the provider, come back to the app's callback. */
  async function signInThroughProvider(sub: string) {
    const start = await app.inject({ method: "GET", url: `/api/auth/sso/${organisation.slug}/start` });
    expect(start.statusCode).toBe(302);
    const authorization = new URL(start.headers.location as string);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorization.searchParams.get("nonce")).toBeTruthy();
    const stateCookie = start.cookies.find((c) => c.name === "pw_sso_state");
    expect(stateCookie?.value).toBe(authorization.searchParams.get("state"));
    const back = await provider.signInAs(authorization.href, sub);
    const callback = await app.inject({
      method: "GET",
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `pw_sso_state=${stateCookie?.value}` },
    });
    return { callback, back, stateCookie: stateCookie?.value as string };
  }

  it("signs a member of staff in by email, links their subject, and audits the link", async () => {
    const { callback } = await signInThroughProvider("entra-alice");
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe("/");
    const session = callback.cookies.find((c) => c.name === "pw_session");
    expect(session?.value).toBeTruthy();
    const me = await app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: `pw_session=${session?.value}` },
    });
    expect(me.json().user).toMatchObject({ id: staff.id, email: "alice.jones@council.example" });
    const row = await ctx.db
      .selectFrom("users")
      .select("sso_subject")
      .where("id", "=", staff.id)
      .executeTakeFirstOrThrow();
    expect(row.sso_subject).toBe("entra-alice");
    const linked = await ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("organisation_id", "=", organisation.id)
      .where("subject_id", "=", staff.id)
      .execute();
    expect(linked.map((e) => e.action)).toContain("sso.linked");
  });

  it("refuses an address that is not on the staff list, creating nobody", async () => {
    const { callback } = await signInThroughProvider("entra-stranger");
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe("/sign-in?sso_error=unknown_user");
    expect(callback.cookies.find((c) => c.name === "pw_session")).toBeUndefined();
    const created = await ctx.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "stranger@council.example")
      .execute();
    expect(created).toEqual([]);
  });

  it("refuses another domain, and a second identity claiming a linked record", async () => {
    expect((await signInThroughProvider("entra-outsider")).callback.headers.location).toBe(
      "/sign-in?sso_error=wrong_domain",
    );
    expect((await signInThroughProvider("entra-imposter")).callback.headers.location).toBe(
      "/sign-in?sso_error=subject_mismatch",
    );
  });

  it("refuses a callback replayed, or finished in another browser", async () => {
    const { back, stateCookie } = await signInThroughProvider("entra-alice");
    const replay = await app.inject({
      method: "GET",
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `pw_sso_state=${stateCookie}` },
    });
    expect(replay.headers.location).toBe("/sign-in?sso_error=expired");

    const start = await app.inject({ method: "GET", url: `/api/auth/sso/${organisation.slug}/start` });
    const returned = await provider.signInAs(start.headers.location as string, "entra-alice");
    const elsewhere = await app.inject({ method: "GET", url: `${returned.pathname}${returned.search}` });
    expect(elsewhere.headers.location).toBe("/sign-in?sso_error=browser_mismatch");
    expect(elsewhere.cookies.find((c) => c.name === "pw_session")).toBeUndefined();
  });

  it("keeps the client secret sealed and out of every answer", async () => {
    const row = await ctx.db
      .selectFrom("sso_configs")
      .select("client_secret_ciphertext")
      .where("organisation_id", "=", organisation.id)
      .executeTakeFirstOrThrow();
    expect(row.client_secret_ciphertext).not.toContain(provider.clientSecret);
    const admin = await buildUser(ctx.db, { organisation, roles: ["admin"] });
    const settings = await app.inject({
      method: "GET",
      url: "/api/sso-config",
      headers: await signIn(app, admin),
    });
    expect(settings.json()).toMatchObject({
      configured: true,
      issuer: provider.issuer,
      can: { update: true },
    });
    expect(settings.body).not.toContain(provider.clientSecret);
    const audit = await ctx.db
      .selectFrom("audit_events")
      .select("after")
      .where("action", "=", "sso.configured")
      .execute();
    expect(audit.map((a) => a.after).join()).not.toContain(provider.clientSecret);
  });

  it("asks someone with two-factor sign-in for their code before the session starts", async () => {
    const keyring = loadKeyring(keySourceOf(app.config));
    const { secret } = await setupTwoFactor({ db: ctx.db, keyring, user: staff, issuer: "Test" });
    await confirmTwoFactor({ db: ctx.db, keyring, user: staff, code: totpCode(secret, new Date()) });
    const { callback } = await signInThroughProvider("entra-alice");
    expect(callback.headers.location).toBe("/sign-in/two-factor");
    expect(callback.cookies.find((c) => c.name === "pw_session")).toBeUndefined();
    const pending = callback.cookies.find((c) => c.name === "pw_pending_sign_in");
    const csrf = await csrfHeaders(app);
    const second = await app.inject({
      method: "POST",
      url: "/api/auth/two-factor",
      headers: { ...csrf, cookie: `${csrf.cookie}; pw_pending_sign_in=${pending?.value}` },
      payload: { code: totpCode(secret, new Date(Date.now() + 30_000)) },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().user.id).toBe(staff.id);
  });

  it("refuses someone who has left", async () => {
    const leaver = await buildUser(ctx.db, { organisation, email: "stranger@council.example" });
    await ctx.db.updateTable("users").set({ status: "left" }).where("id", "=", leaver.id).execute();
    expect((await signInThroughProvider("entra-stranger")).callback.headers.location).toBe(
      "/sign-in?sso_error=left",
    );
  });

  it("answers 404 for an organisation without single sign-on", async () => {
    const other = await buildOrganisation(ctx.db);
    expect((await app.inject({ method: "GET", url: `/api/auth/sso/${other.slug}/start` })).statusCode).toBe(
      404,
    );
  });
});
