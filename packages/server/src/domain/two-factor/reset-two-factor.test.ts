import { expect, it } from "vitest";
import { newId, toTimestamp } from "../../db/time.ts";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildOrganisation, buildUser } from "../../testing/factories.ts";
import { enableTwoFactor, setLineManager } from "../../testing/governance-fixtures.ts";
import { createSession } from "../auth/create-session.ts";
import { recoveryCodeHash } from "./recovery-codes.ts";
import { resetTwoFactor } from "./reset-two-factor.ts";

const now = new Date("2025-06-02T10:00:00.000Z");
const policy = { idleTimeoutMs: 3_600_000, absoluteTimeoutMs: 86_400_000 };

describeEachDialect("resetting someone's two-factor sign-in", (ctx) => {
  async function setup() {
    const organisation = await buildOrganisation(ctx.db);
    const admin = await buildUser(ctx.db, { organisation, roles: ["employee", "admin"] });
    const person = await buildUser(ctx.db, { organisation, name: "Pat Lostphone" });
    await enableTwoFactor(ctx.db, person.id, now);
    await ctx.db
      .insertInto("recovery_codes")
      .values(
        ["aaaa-bbbb", "cccc-dddd"].map((code) => ({
          id: newId(),
          user_id: person.id,
          code_hash: recoveryCodeHash(code),
          used_at: null,
          created_at: toTimestamp(now),
        })),
      )
      .execute();
    await createSession({ db: ctx.db, userId: person.id, policy, now });
    await createSession({ db: ctx.db, userId: person.id, policy, now });
    const adminSession = await createSession({ db: ctx.db, userId: admin.id, policy, now });
    return { organisation, admin, person, adminSession };
  }
  const rowsOf = async (table: "two_factor_credentials" | "recovery_codes" | "sessions", userId: string) =>
    (await ctx.db.selectFrom(table).select("user_id").where("user_id", "=", userId).execute()).length;

  it("clears the secret and recovery codes, ends the person's sessions, audits the reason and tells them", async () => {
    const { admin, person } = await setup();
    const result = await resetTwoFactor({
      db: ctx.db,
      actor: admin,
      personId: person.id,
      reason: "Lost phone; identity checked at the front desk",
      ip: "192.0.2.7",
      now,
    });
    expect(result).toEqual({ sessionsEnded: 2, recoveryCodesRemoved: 2 });
    expect(await rowsOf("two_factor_credentials", person.id)).toBe(0);
    expect(await rowsOf("recovery_codes", person.id)).toBe(0);
    expect(await rowsOf("sessions", person.id)).toBe(0);
    expect(await rowsOf("sessions", admin.id)).toBe(1);

    const event = await ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "two_factor.reset")
      .where("subject_id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: admin.id, ip: "192.0.2.7" });
    expect(JSON.parse(event.after ?? "{}")).toEqual({
      reason: "Lost phone; identity checked at the front desk",
      sessionsEnded: 2,
      recoveryCodesRemoved: 2,
    });
    expect(`${event.before} ${event.after}`).not.toContain("test-only-not-a-real-secret");

    const notice = await ctx.db
      .selectFrom("notifications")
      .selectAll()
      .where("user_id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(notice).toMatchObject({ kind: "two_factor.reset", email_state: "pending" });
    expect(notice.body).toContain("Lost phone; identity checked at the front desk");
  });

  it("refuses an admin their own reset, and changes nothing", async () => {
    const { admin } = await setup();
    await enableTwoFactor(ctx.db, admin.id, now);
    await expect(
      resetTwoFactor({ db: ctx.db, actor: admin, personId: admin.id, reason: "Lost my phone", now }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await rowsOf("two_factor_credentials", admin.id)).toBe(1);
    expect(await rowsOf("sessions", admin.id)).toBe(1);
  });

  it("refuses a line manager, and hides people of another organisation", async () => {
    const { person, organisation } = await setup();
    const manager = await buildUser(ctx.db, { organisation });
    await setLineManager(ctx.db, person.id, manager.id);
    await expect(
      resetTwoFactor({ db: ctx.db, actor: manager, personId: person.id, reason: "Lost phone", now }),
    ).rejects.toMatchObject({ code: "forbidden" });

    const otherAdmin = await buildUser(ctx.db, {
      organisation: await buildOrganisation(ctx.db),
      roles: ["admin"],
    });
    await expect(
      resetTwoFactor({ db: ctx.db, actor: otherAdmin, personId: person.id, reason: "Lost phone", now }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await rowsOf("two_factor_credentials", person.id)).toBe(1);
    expect(await rowsOf("sessions", person.id)).toBe(2);
  });

  it("says so when the person has no two-factor sign-in to reset, and audits nothing", async () => {
    const { admin, organisation } = await setup();
    const plain = await buildUser(ctx.db, { organisation });
    await expect(
      resetTwoFactor({ db: ctx.db, actor: admin, personId: plain.id, reason: "Lost phone", now }),
    ).rejects.toMatchObject({ code: "conflict" });
    const events = await ctx.db
      .selectFrom("audit_events")
      .select("id")
      .where("action", "=", "two_factor.reset")
      .where("subject_id", "=", plain.id)
      .execute();
    expect(events).toEqual([]);
  });
});
