import type { Db } from "../../db/database.ts";
import type { Platform, TwoFactorStatus } from "../../db/schema/accounts.ts";
import { newId } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import type { RecoveryContact } from "./account-view.ts";

/** The fields an admin sets on an account; shared by create and update. */
export interface AccountFields {
  platform: Platform;
  handle: string;
  displayName: string;
  url?: string | null;
  ownerId?: string | null;
  adminIds?: string[];
  recoveryContacts?: RecoveryContact[];
  twoFactor?: TwoFactorStatus;
  reviewIntervalDays?: number;
}

export const DEFAULT_REVIEW_INTERVAL_DAYS = 180;

/** Owners and admins must be active people in the same organisation. */
export async function assertPeopleInOrganisation(
  db: Db,
  organisationId: string,
  userIds: string[],
): Promise<void> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return;
  const found = await db
    .selectFrom("users")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "active")
    .where("id", "in", wanted)
    .execute();
  if (found.length !== wanted.length) {
    throw new AppError("validation_failed", "The owner and every admin must be current members of staff.", {
      details: [{ path: "body.adminIds", message: "names someone who is not a current member of staff" }],
    });
  }
}

/** Replaces the admin and recovery-contact rows of an account. */
export async function replaceAccountPeople(
  trx: Db,
  accountId: string,
  adminIds: string[],
  contacts: RecoveryContact[],
): Promise<void> {
  await trx.deleteFrom("account_admins").where("account_id", "=", accountId).execute();
  const admins = [...new Set(adminIds)];
  if (admins.length > 0) {
    await trx
      .insertInto("account_admins")
      .values(admins.map((userId) => ({ account_id: accountId, user_id: userId })))
      .execute();
  }
  await trx.deleteFrom("account_recovery_contacts").where("account_id", "=", accountId).execute();
  if (contacts.length > 0) {
    await trx
      .insertInto("account_recovery_contacts")
      .values(
        contacts.map((c, position) => ({
          id: newId(),
          account_id: accountId,
          position,
          name: c.name,
          email: c.email ?? null,
          phone: c.phone ?? null,
        })),
      )
      .execute();
  }
}
