import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.ts";
import { newId, toTimestamp } from "./time.ts";
import { migrateToLatest } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";

describeEachDialect("migrations", (ctx) => {
  it("apply every migration to an empty database, in order", async () => {
    const db = await ctx.freshDatabase({ migrate: false });
    const report = await migrateToLatest(db);
    expect(report.applied).toEqual(Object.keys(migrations));
  });

  it("apply nothing the second time", async () => {
    const db = await ctx.freshDatabase({ migrate: false });
    await migrateToLatest(db);
    const again = await migrateToLatest(db);
    expect(again.applied).toEqual([]);
  });

  it("create the foundation tables", async () => {
    const tables = await ctx.db.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const table of [
      "organisations",
      "users",
      "user_roles",
      "sessions",
      "login_attempts",
      "policy_versions",
    ]) {
      expect(names).toContain(table);
    }
  });

  it("refuse a second user with the same email in one organisation", async () => {
    const orgId = newId();
    const now = toTimestamp(new Date());
    await ctx.db
      .insertInto("organisations")
      .values({ id: orgId, name: "A", slug: `a-${orgId}`, created_at: now })
      .execute();
    const user = (email: string) => ({
      id: newId(),
      organisation_id: orgId,
      email,
      name: "X",
      password_hash: null,
      status: "active" as const,
      created_at: now,
      updated_at: now,
    });
    await ctx.db.insertInto("users").values(user("same@example.gov.uk")).execute();
    await expect(ctx.db.insertInto("users").values(user("same@example.gov.uk")).execute()).rejects.toThrow();
  });

  it("enforce foreign keys", async () => {
    await expect(
      ctx.db.insertInto("user_roles").values({ user_id: newId(), role: "admin" }).execute(),
    ).rejects.toThrow();
  });

  it("refuse a user status other than active or left", async () => {
    const orgId = newId();
    const now = toTimestamp(new Date());
    await ctx.db
      .insertInto("organisations")
      .values({ id: orgId, name: "B", slug: `b-${orgId}`, created_at: now })
      .execute();
    await expect(
      sql`insert into users (id, organisation_id, email, name, status, created_at, updated_at)
          values (${newId()}, ${orgId}, 'x@example.gov.uk', 'X', 'suspended', ${now}, ${now})`.execute(
        ctx.db,
      ),
    ).rejects.toThrow();
  });
});
