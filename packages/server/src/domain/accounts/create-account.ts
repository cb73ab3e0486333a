import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import type { UserView } from "../users/user-view.ts";
import { accountPolicy } from "../../authz/account.ts";
import { authorize } from "../../authz/checks.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import {
  assertPeopleInOrganisation,
  DEFAULT_REVIEW_INTERVAL_DAYS,
  replaceAccountPeople,
  type AccountFields,
} from "./account-input.ts";
import { auditSnapshot, loadAccountView, type AccountView } from "./account-view.ts";

export interface CreateAccountProps {
  db: Db;
  actor: UserView;
  fields: AccountFields;
  now?: Date;
  ip?: string | null;
}

/** Adds an authorised council account to the register (procedure.1). */
export async function createAccount(props: CreateAccountProps): Promise<AccountView> {
  const { db, actor, fields } = props;
  authorize(accountPolicy.canCreate(actor, actor), actor);
  const organisationId = actor.organisationId;
  await assertPeopleInOrganisation(db, organisationId, [
    ...(fields.ownerId ? [fields.ownerId] : []),
    ...(fields.adminIds ?? []),
  ]);
  const now = toTimestamp(props.now ?? new Date());
  const id = newId();
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("accounts")
      .values({
        id,
        organisation_id: organisationId,
        platform: fields.platform,
        handle: fields.handle,
        display_name: fields.displayName,
        url: fields.url ?? null,
        owner_id: fields.ownerId ?? null,
        two_factor: fields.twoFactor ?? "unknown",
        last_access_review_at: null,
        review_interval_days: fields.reviewIntervalDays ?? DEFAULT_REVIEW_INTERVAL_DAYS,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await replaceAccountPeople(trx, id, fields.adminIds ?? [], fields.recoveryContacts ?? []);
    const view = await loadAccountView(trx, organisationId, id);
    await recordAuditEvent(trx, {
      organisationId,
      actorId: actor.id,
      action: "account.created",
      subjectType: "account",
      subjectId: id,
      after: auditSnapshot(view),
      ip: props.ip ?? null,
      at: props.now,
    });
    return view;
  });
}
