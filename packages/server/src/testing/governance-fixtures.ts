import { malvernPolicy } from "@postwarden/engine";
import type { Db } from "../db/database.ts";
import type { Organisation } from "../db/schema/organisations.ts";
import { toTimestamp } from "../db/time.ts";
import { createAccount } from "../domain/accounts/create-account.ts";
import type { AccountView } from "../domain/accounts/account-view.ts";
import { publishPolicy } from "../domain/policy/publish-policy.ts";
import type { Role } from "../roles.ts";
import { buildOrganisation, buildUser, type BuiltUser } from "./factories.ts";

/** Sets a user's line manager in the org chart. */
export async function setLineManager(db: Db, userId: string, managerId: string | null): Promise<void> {
  await db.updateTable("users").set({ line_manager_id: managerId }).where("id", "=", userId).execute();
}

/** Records a confirmed TOTP for the user, as finishing two-factor set-up does. */
export async function enableTwoFactor(db: Db, userId: string, now: Date = new Date()): Promise<void> {
  await db
    .insertInto("two_factor_credentials")
    .values({
      user_id: userId,
      secret_ciphertext: "test-only-not-a-real-secret",
      enabled_at: toTimestamp(now),
      last_used_step: null,
      created_at: toTimestamp(now),
    })
    .execute();
}

export interface Team {
  organisation: Organisation;
  admin: BuiltUser;
  manager: BuiltUser;
  employee: BuiltUser;
  /** Another manager in the same organisation, not the employee's. */
  otherManager: BuiltUser;
  account: AccountView;
}

/** An organisation with an admin, a manager and their report, another manager, and one account. */
export async function buildTeam(db: Db, options: { publishPolicy?: boolean } = {}): Promise<Team> {
  const organisation = await buildOrganisation(db);
  const make = (name: string, roles: Role[] = ["employee"]) => buildUser(db, { organisation, name, roles });
  const admin = await make("Clerk Admin", ["employee", "admin"]);
  const manager = await make("Mina Manager");
  const employee = await make("Eli Employee");
  const otherManager = await make("Oscar Othermanager");
  await setLineManager(db, employee.id, manager.id);
  const account = await createAccount({
    db,
    actor: admin,
    fields: {
      platform: "instagram",
      handle: "@malverntc",
      displayName: "Malvern Town Council",
      ownerId: admin.id,
    },
  });
  if (options.publishPolicy ?? true) await publishPolicy({ db, actor: admin, pack: malvernPolicy });
  return { organisation, admin, manager, employee, otherManager, account };
}
