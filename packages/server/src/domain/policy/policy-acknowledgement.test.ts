import { malvernPolicy } from "@postwarden/engine";
import { expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildTeam } from "../../testing/governance-fixtures.ts";
import { acknowledgePolicy } from "./acknowledge-policy.ts";
import { policyCoverage } from "./policy-coverage.ts";
import { publishPolicy } from "./publish-policy.ts";
import { sendAcknowledgementReminders } from "./send-acknowledgement-reminders.ts";

describeEachDialect("policy versions and acknowledgements", (ctx) => {
  it("refuses an invalid pack, naming the problem", async () => {
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    await expect(
      publishPolicy({
        db: ctx.db,
        actor: team.admin,
        pack: { ...malvernPolicy, rules: { "no/such-rule": {} } },
      }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(
      publishPolicy({ db: ctx.db, actor: team.employee, pack: malvernPolicy }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("asks everyone, counts coverage per department, and reminds only those who have not acknowledged", async () => {
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    await ctx.db
      .updateTable("users")
      .set({ department: "Comms" })
      .where("id", "in", [team.employee.id, team.manager.id])
      .execute();
    const published = await publishPolicy({ db: ctx.db, actor: team.admin, pack: malvernPolicy });
    expect(published).toMatchObject({ version: 1, asked: 4 });
    const asked = await ctx.db
      .selectFrom("notifications")
      .select("user_id")
      .where("organisation_id", "=", team.organisation.id)
      .where("kind", "=", "policy.acknowledge")
      .execute();
    expect(asked).toHaveLength(4);

    await acknowledgePolicy({ db: ctx.db, actor: team.employee });
    await acknowledgePolicy({ db: ctx.db, actor: team.employee });
    const coverage = await policyCoverage({ db: ctx.db, actor: team.admin });
    expect(coverage.total).toEqual({ staff: 4, acknowledged: 1 });
    expect(coverage.departments.find((d) => d.department === "Comms")).toEqual({
      department: "Comms",
      staff: 2,
      acknowledged: 1,
    });

    const eightDaysOn = new Date(Date.now() + 8 * 86_400_000);
    const reminded = await sendAcknowledgementReminders(ctx.db, { now: eightDaysOn });
    expect(reminded).toBeGreaterThanOrEqual(3);
    const again = await sendAcknowledgementReminders(ctx.db, {
      now: new Date(eightDaysOn.getTime() + 86_400_000),
    });
    expect(again).toBe(0);
    const toEmployee = await ctx.db
      .selectFrom("notifications")
      .select("id")
      .where("user_id", "=", team.employee.id)
      .where("subject", "like", "Reminder%")
      .execute();
    expect(toEmployee).toEqual([]);
  });
});
