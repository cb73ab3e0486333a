import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { accountPolicy } from "../../authz/account.ts";
import { authorize } from "../../authz/checks.ts";
import type { UserView } from "../users/user-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { assertPeopleInOrganisation, replaceAccountPeople, type AccountFields } from "./account-input.ts";
import { auditSnapshot, loadAccountView, type AccountView } from "./account-view.ts";

export interface UpdateAccountProps {
  db: Db;
  actor: UserView;
  accountId: string;
  /** Only the fields given change. */
  changes: Partial<AccountFields>;
  now?: Date;
  ip?: string | null;
}

export async function updateAccount(props: UpdateAccountProps): Promise<AccountView> {
  const { db, actor, changes } = props;
  const organisationId = actor.organisationId;
  const before = await loadAccountView(db, organisationId, props.accountId);
  authorize(accountPolicy.canUpdate(actor, before), actor);
  await assertPeopleInOrganisation(db, organisationId, [
    ...(changes.ownerId ? [changes.ownerId] : []),
    ...(changes.adminIds ?? []),
  ]);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("accounts")
      .set({
        ...(changes.platform !== undefined ? { platform: changes.platform } : {}),
        ...(changes.handle !== undefined ? { handle: changes.handle } : {}),
        ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
        ...(changes.url !== undefined ? { url: changes.url } : {}),
        ...(changes.ownerId !== undefined ? { owner_id: changes.ownerId } : {}),
        ...(changes.twoFactor !== undefined ? { two_factor: changes.twoFactor } : {}),
        ...(changes.reviewIntervalDays !== undefined
          ? { review_interval_days: changes.reviewIntervalDays }
          : {}),
        updated_at: toTimestamp(props.now ?? new Date()),
      })
      .where("id", "=", before.id)
      .where("organisation_id", "=", organisationId)
      .execute();
    if (changes.adminIds !== undefined || changes.recoveryContacts !== undefined) {
      await replaceAccountPeople(
        trx,
        before.id,
        changes.adminIds ?? before.admins.map((a) => a.id),
        changes.recoveryContacts ?? before.recoveryContacts,
      );
    }
    const after = await loadAccountView(trx, organisationId, before.id);
    await recordAuditEvent(trx, {
      organisationId,
      actorId: actor.id,
      action: "account.updated",
      subjectType: "account",
      subjectId: before.id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
      ip: props.ip ?? null,
      at: props.now,
    });
    return after;
  });
}
