import { malvernPolicy } from "@postwarden/engine";
import { expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../config.ts";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildOrganisation } from "../../testing/factories.ts";
import { signIn } from "../auth/sign-in.ts";
import { DEFAULT_ORGANISATION, ensureFirstStart } from "./first-start.ts";

describeEachDialect("first start", (ctx) => {
  it("sets up an empty database: organisation, Malvern policy v1, an administrator who can sign in", async () => {
    const db = await ctx.freshDatabase();
    const result = await ensureFirstStart({ db, adminEmail: "Clerk@Malvern.example" });
    if (!result.created) throw new Error("expected the first start to create the administrator");

    const organisations = await db.selectFrom("organisations").selectAll().execute();
    expect(organisations).toEqual([
      expect.objectContaining({ id: result.organisationId, ...DEFAULT_ORGANISATION }),
    ]);

    const policies = await db.selectFrom("policy_versions").selectAll().execute();
    expect(policies).toHaveLength(1);
    expect(policies[0]?.version).toBe(1);
    expect(JSON.parse(policies[0]?.pack ?? "null")).toEqual(JSON.parse(JSON.stringify(malvernPolicy)));

    expect(result.admin.email).toBe("clerk@malvern.example");
    expect(result.admin.password).toMatch(/^[A-Za-z0-9]{20}$/);
    const { user } = await signIn({
      db,
      email: "clerk@malvern.example",
      password: result.admin.password,
      session: DEFAULT_LIMITS.session,
      throttle: DEFAULT_LIMITS.signIn,
    });
    expect(user.roles).toEqual(["employee", "admin"]);

    const stored = await db.selectFrom("users").select("password_hash").executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.password_hash).not.toContain(result.admin.password);
  });

  it("does nothing the second time", async () => {
    const db = await ctx.freshDatabase();
    expect((await ensureFirstStart({ db, adminEmail: "admin@localhost" })).created).toBe(true);
    expect(await ensureFirstStart({ db, adminEmail: "admin@localhost" })).toEqual({ created: false });
    expect(await db.selectFrom("users").select("id").execute()).toHaveLength(1);
    expect(await db.selectFrom("policy_versions").select("id").execute()).toHaveLength(1);
  });

  it("does nothing on a database that already has an organisation", async () => {
    const db = await ctx.freshDatabase();
    await buildOrganisation(db);
    expect(await ensureFirstStart({ db, adminEmail: "admin@localhost" })).toEqual({ created: false });
    expect(await db.selectFrom("users").select("id").execute()).toHaveLength(0);
  });

  it("creates one administrator when two instances start at once", async () => {
    const db = await ctx.freshDatabase();
    const results = await Promise.all([
      ensureFirstStart({ db, adminEmail: "admin@localhost" }),
      ensureFirstStart({ db, adminEmail: "admin@localhost" }),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.selectFrom("organisations").select("id").execute()).toHaveLength(1);
  });
});
