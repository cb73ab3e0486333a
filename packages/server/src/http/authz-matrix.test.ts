import { describe, expect, it } from "vitest";
import { migrateToLatest } from "../db/migrate.ts";
import { openSqlite } from "../db/open-database.ts";
import { createLogger } from "../logger.ts";
import {
  ACCESS_BODIES,
  buildAccessWorld,
  CALLERS,
  loadAccessMatrices,
  routeKey,
  rowMatchesRoute,
  rowRequest,
  runOrder,
} from "../testing/access-world.ts";
import { describeEachDialect } from "../testing/dialects.ts";
import { testConfig } from "../testing/test-config.ts";
import type { Caller } from "./access-row.ts";
import { buildApp } from "./app.ts";

/**
 * The authorization matrix: every route of the app, every kind of caller, the status each must
 * get. Rows live beside the routes, in `http/<area>/access.matrix.ts`; this file finds them all.
 */
const matrices = await loadAccessMatrices();
const allRows = [...matrices.values()].flat();

async function registeredRoutes(): Promise<Set<string>> {
  const db = openSqlite(":memory:");
  await migrateToLatest(db);
  const routes = new Set<string>();
  const app = await buildApp({
    db,
    config: testConfig(),
    logger: createLogger({ level: "silent" }),
    onRoute: (route) => {
      for (const method of [route.method].flat())
        if (method !== "HEAD") routes.add(routeKey(method, route.url));
    },
  });
  await app.ready();
  await app.close();
  await db.destroy();
  return routes;
}

describe("authorization matrix: coverage", () => {
  it("has a row for every registered route, and none for a route that does not exist", async () => {
    const routes = await registeredRoutes();
    const rowKeys = allRows.map((row) => routeKey(row.method, row.path));
    const uncovered = [...routes].filter((route) => !rowKeys.some((key) => rowMatchesRoute(key, route)));
    const stale = rowKeys.filter((key) => ![...routes].some((route) => rowMatchesRoute(key, route)));
    expect(uncovered.sort()).toEqual([]);
    expect(stale).toEqual([]);
  });

  it("names the status of every caller in every row, and only bodies that exist", () => {
    const gaps = allRows.flatMap((row) =>
      CALLERS.filter((caller) => row.expect[caller] === undefined).map(
        (caller) => `${row.method} ${row.path}: ${caller}`,
      ),
    );
    expect(gaps).toEqual([]);
    expect(allRows.filter((row) => row.body && !(row.body in ACCESS_BODIES)).map((r) => r.body)).toEqual([]);
  });
});

describeEachDialect("authorization matrix", (ctx) => {
  for (const [area, rows] of matrices) {
    it(`answers each caller as the ${area} matrix says`, { timeout: 60_000 }, async () => {
      const world = await buildAccessWorld(ctx.db, { approveGrant: area === "vault" });
      const mismatches: string[] = [];
      for (const row of runOrder(rows)) {
        for (const [caller, expected] of Object.entries(row.expect) as [Caller, number][]) {
          const response = await world.app.inject(rowRequest(row, world.ids, world.headers[caller]));
          if (row.path.endsWith("/checkouts") && response.statusCode === 201) {
            world.ids.checkoutId = (response.json() as { checkout: { id: string } }).checkout.id;
          }
          if (response.statusCode !== expected) {
            mismatches.push(
              `${row.method} ${row.path} as ${caller}: ${response.statusCode}, expected ${expected}: ${response.body.slice(0, 200)}`,
            );
          }
        }
      }
      await world.app.close();
      expect(mismatches).toEqual([]);
    });
  }

  it(
    "lets an auditor read the audit log, and change nothing but their own sign-in",
    { timeout: 60_000 },
    async () => {
      const world = await buildAccessWorld(ctx.db);
      const { organisation } = world.team;
      const read = await world.app.inject({
        method: "GET",
        url: "/api/audit-events",
        headers: world.headers.auditor,
      });
      expect(read.statusCode).toBe(200);
      expect(read.json().events.length).toBeGreaterThan(0);

      const before = await ctx.db
        .selectFrom("audit_events")
        .select((eb) => eb.fn.max("seq").as("seq"))
        .where("organisation_id", "=", organisation.id)
        .executeTakeFirstOrThrow();
      for (const row of runOrder(allRows.filter((r) => r.method !== "GET"))) {
        await world.app.inject(rowRequest(row, world.ids, world.headers.auditor));
      }
      const written = await ctx.db
        .selectFrom("audit_events")
        .select(["action", "actor_id"])
        .where("organisation_id", "=", organisation.id)
        .where("seq", ">", Number(before.seq ?? 0))
        .execute();
      // As a member of staff, for themselves only: acknowledging the policy, asking for access or
      // out-of-hours use, two-factor set-up, signing out everywhere.
      const SELF_SERVICE = new Set([
        "policy.acknowledged",
        "grant.requested",
        "out_of_hours.requested",
        "two_factor.enabled",
        "sessions.revoked",
      ]);
      expect(written.filter((e) => !SELF_SERVICE.has(e.action) || e.actor_id !== world.auditor.id)).toEqual(
        [],
      );
      await world.app.close();
    },
  );
});
