import { expect, it } from "vitest";
import type { Db } from "../db/database.ts";
import { buildAccessWorld, loadAccessMatrices, rowRequest, runOrder } from "../testing/access-world.ts";
import { describeEachDialect } from "../testing/dialects.ts";
import { signIn } from "../testing/factories.ts";

/**
 * Two organisations, every route of the matrix: the second organisation's admin and employee,
 * aimed at the first organisation's ids, must see none of its data and change none of it.
 */
const matrices = await loadAccessMatrices();
const rows = runOrder([...matrices.values()].flat());

/** Everything that identifies the first organisation's records, as it could appear in a body. */
async function identifiersOf(db: Db, organisationId: string, ids: Record<string, string>): Promise<string[]> {
  const users = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where("organisation_id", "=", organisationId)
    .execute();
  const fromIds = Object.entries(ids)
    .filter(([name]) => name !== "org" && name !== "checkoutId")
    .map(([, value]) => value);
  return [organisationId, ...fromIds, ...users.flatMap((u) => [u.id, u.email])];
}

/** A fingerprint of the organisation's state: its audit chain head and its people. */
async function stateOf(db: Db, organisationId: string): Promise<string> {
  const head = await db
    .selectFrom("audit_chain_heads")
    .select(["last_seq", "last_hash"])
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  const people = await db
    .selectFrom("users")
    .select(["id", "email", "name", "status", "line_manager_id", "job_title", "updated_at"])
    .where("organisation_id", "=", organisationId)
    .orderBy("id")
    .execute();
  return JSON.stringify({ head, people });
}

describeEachDialect("organisation isolation", (ctx) => {
  it(
    "no route lets another organisation read or change the first one's data",
    { timeout: 120_000 },
    async () => {
      const world = await buildAccessWorld(ctx.db);
      const target = world.team.organisation.id;
      const callers = {
        "other admin": world.headers.otherOrganisation,
        "other employee": await signIn(world.app, world.stranger.employee),
      };
      const identifiers = await identifiersOf(ctx.db, target, world.ids);
      const leaks: string[] = [];
      for (const row of rows) {
        for (const [who, headers] of Object.entries(callers)) {
          const before = await stateOf(ctx.db, target);
          const response = await world.app.inject(rowRequest(row, world.ids, headers));
          const seen = identifiers.filter((id) => response.body.includes(id));
          if (seen.length > 0) leaks.push(`${row.method} ${row.path} as ${who} showed ${seen.join(", ")}`);
          if ((await stateOf(ctx.db, target)) !== before)
            leaks.push(`${row.method} ${row.path} as ${who} changed it`);
        }
      }
      // The checks above could pass by never reaching the first organisation: its own admin does.
      const own = await world.app.inject({ method: "GET", url: "/api/people", headers: world.headers.admin });
      await world.app.close();
      expect(leaks).toEqual([]);
      expect(own.body).toContain(world.team.employee.email);
    },
  );
});
