import { expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildTeam, enableTwoFactor, setLineManager } from "../../testing/governance-fixtures.ts";
import { acknowledgePolicy } from "../policy/acknowledge-policy.ts";
import { decideGrant } from "./decide-grant.ts";
import { hasActiveGrant } from "./has-active-grant.ts";
import { requestGrant } from "./request-grant.ts";
import { revokeGrantsForLeaver } from "./revoke-grants-for-leaver.ts";

describeEachDialect("channel access grants", (ctx) => {
  it("refuses an approval by a manager who is not the employee's line manager", async () => {
    const team = await buildTeam(ctx.db);
    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["post"],
      reason: "Events posts",
    });
    await expect(
      decideGrant({ db: ctx.db, actor: team.otherManager, grantId: grant.id, decision: "approve" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      decideGrant({ db: ctx.db, actor: team.employee, grantId: grant.id, decision: "approve" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const row = await ctx.db
      .selectFrom("access_grants")
      .select("state")
      .where("id", "=", grant.id)
      .executeTakeFirst();
    expect(row?.state).toBe("requested");
  });

  it("activates only once the policy is acknowledged and two-factor sign-in is set up", async () => {
    const team = await buildTeam(ctx.db);
    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["post", "reply"],
      reason: "Comms cover",
    });
    expect(grant.managerId).toBe(team.manager.id);
    const approved = await decideGrant({
      db: ctx.db,
      actor: team.manager,
      grantId: grant.id,
      decision: "approve",
    });
    expect(approved.state).toBe("approved");
    expect(await hasActiveGrant(ctx.db, team.employee.id)).toBe(false);

    await enableTwoFactor(ctx.db, team.employee.id);
    const ack = await acknowledgePolicy({ db: ctx.db, actor: team.employee });
    expect(ack.activatedGrantIds).toEqual([grant.id]);
    expect(await hasActiveGrant(ctx.db, team.employee.id)).toBe(true);

    const actions = await ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("subject_id", "=", grant.id)
      .orderBy("seq")
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["grant.requested", "grant.approved", "grant.activated"]);
  });

  it("lets an admin decide when the line manager has left, but not otherwise without a reason", async () => {
    const team = await buildTeam(ctx.db);
    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["moderate"],
      reason: "Moderation",
    });
    await expect(
      decideGrant({ db: ctx.db, actor: team.admin, grantId: grant.id, decision: "approve" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await ctx.db.updateTable("users").set({ status: "left" }).where("id", "=", team.manager.id).execute();
    const approved = await decideGrant({
      db: ctx.db,
      actor: team.admin,
      grantId: grant.id,
      decision: "approve",
    });
    expect(approved.state).toBe("approved");
    expect(approved.overrideReason).toMatch(/left/);
  });

  it("accepts an admin override with a recorded reason while the manager is absent", async () => {
    const team = await buildTeam(ctx.db);
    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["post"],
      reason: "Cover",
    });
    const refused = await decideGrant({
      db: ctx.db,
      actor: team.admin,
      grantId: grant.id,
      decision: "refuse",
      overrideReason: "Manager on leave until March",
    });
    expect(refused).toMatchObject({ state: "refused", overrideReason: "Manager on leave until March" });
  });

  it("revokes every grant of a leaver in the caller's transaction", async () => {
    const team = await buildTeam(ctx.db);
    await enableTwoFactor(ctx.db, team.employee.id);
    await acknowledgePolicy({ db: ctx.db, actor: team.employee });
    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["post"],
      reason: "Posts",
    });
    await decideGrant({ db: ctx.db, actor: team.manager, grantId: grant.id, decision: "approve" });
    expect(await hasActiveGrant(ctx.db, team.employee.id)).toBe(true);
    const ended = await ctx.db.transaction().execute((trx) =>
      revokeGrantsForLeaver(trx, {
        organisationId: team.organisation.id,
        userId: team.employee.id,
        actorId: team.admin.id,
      }),
    );
    expect(ended).toBe(1);
    expect(await hasActiveGrant(ctx.db, team.employee.id)).toBe(false);
  });

  it("does not let a manager in another organisation see the grant (404)", async () => {
    const team = await buildTeam(ctx.db);
    const elsewhere = await buildTeam(ctx.db);
    await setLineManager(ctx.db, team.employee.id, team.manager.id);
    const grant = await requestGrant({
      db: ctx.db,
      actor: team.employee,
      accountId: team.account.id,
      scopes: ["post"],
      reason: "Posts",
    });
    await expect(
      decideGrant({ db: ctx.db, actor: elsewhere.admin, grantId: grant.id, decision: "approve" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
