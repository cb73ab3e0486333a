import { expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildTeam } from "../../testing/governance-fixtures.ts";
import { archiveAccount } from "./archive-account.ts";
import { createAccount } from "./create-account.ts";
import { listAccounts } from "./list-accounts.ts";
import { recordAccessReview } from "./record-access-review.ts";
import { sendAccountReviewReminders } from "./send-account-review-reminders.ts";
import { updateAccount } from "./update-account.ts";

describeEachDialect("account register", (ctx) => {
  it("keeps admins and recovery contacts as rows, shown to admins only", async () => {
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    const created = await createAccount({
      db: ctx.db,
      actor: team.admin,
      fields: {
        platform: "bluesky",
        handle: "@malvern.bsky.social",
        displayName: "Malvern TC",
        adminIds: [team.manager.id, team.admin.id],
        recoveryContacts: [{ name: "Town Clerk", email: "clerk@malvern.example", phone: null }],
        twoFactor: "enabled",
      },
    });
    expect(created.admins.map((a) => a.id).sort()).toEqual([team.admin.id, team.manager.id].sort());
    const asEmployee = await listAccounts({ db: ctx.db, actor: team.employee });
    const seen = asEmployee.find((a) => a.id === created.id);
    expect(seen?.recoveryContacts).toEqual([]);
    expect(seen?.admins).toHaveLength(2);
    const asAdmin = await listAccounts({ db: ctx.db, actor: team.admin });
    expect(asAdmin.find((a) => a.id === created.id)?.recoveryContacts).toHaveLength(1);
    await expect(
      createAccount({
        db: ctx.db,
        actor: team.employee,
        fields: { platform: "blog", handle: "x", displayName: "x" },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("lists accounts due for review and reminds the owner once a week", async () => {
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    const now = new Date();
    await updateAccount({
      db: ctx.db,
      actor: team.admin,
      accountId: team.account.id,
      changes: { reviewIntervalDays: 30 },
    });
    const later = new Date(now.getTime() + 31 * 86_400_000);
    const due = await listAccounts({ db: ctx.db, actor: team.admin, reviewDueBy: later });
    expect(due.map((a) => a.id)).toEqual([team.account.id]);
    expect(await listAccounts({ db: ctx.db, actor: team.admin, reviewDueBy: now })).toEqual([]);

    expect(await sendAccountReviewReminders(ctx.db, later)).toBe(1);
    expect(await sendAccountReviewReminders(ctx.db, new Date(later.getTime() + 86_400_000))).toBe(0);
    expect(await sendAccountReviewReminders(ctx.db, new Date(later.getTime() + 8 * 86_400_000))).toBe(1);

    await recordAccessReview({
      db: ctx.db,
      actor: team.admin,
      accountId: team.account.id,
      note: "Checked",
      now: later,
    });
    expect(await listAccounts({ db: ctx.db, actor: team.admin, reviewDueBy: later })).toEqual([]);
  });

  it("archives an account, destroys its secrets and answers 404 to another council", async () => {
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    const other = await buildTeam(ctx.db, { publishPolicy: false });
    await expect(
      archiveAccount({ db: ctx.db, actor: other.admin, accountId: team.account.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    const archived = await archiveAccount({ db: ctx.db, actor: team.admin, accountId: team.account.id });
    expect(archived.archivedAt).not.toBeNull();
    expect((await listAccounts({ db: ctx.db, actor: team.admin })).map((a) => a.id)).not.toContain(
      team.account.id,
    );
    const events = await ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("subject_id", "=", team.account.id)
      .orderBy("seq")
      .execute();
    expect(events.map((e) => e.action)).toEqual(["account.created", "account.archived"]);
  });
});
