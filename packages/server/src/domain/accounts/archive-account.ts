import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { accountPolicy } from "../../authz/account.ts";
import { authorize } from "../../authz/checks.ts";
import type { UserView } from "../users/user-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { auditSnapshot, loadAccountView, type AccountView } from "./account-view.ts";

export interface ArchiveAccountProps {
  db: Db;
  actor: UserView;
  accountId: string;
  now?: Date;
  ip?: string | null;
}

/**
 * Takes an account off the register. Its secrets are destroyed and open check-outs ended in
 * the same transaction: an archived account must not keep a usable credential in the vault.
 */
export async function archiveAccount(props: ArchiveAccountProps): Promise<AccountView> {
  const { db, actor } = props;
  const organisationId = actor.organisationId;
  const before = await loadAccountView(db, organisationId, props.accountId);
  authorize(accountPolicy.canArchive(actor, before), actor);
  const now = toTimestamp(props.now ?? new Date());
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("accounts")
      .set({ archived_at: now, updated_at: now })
      .where("id", "=", before.id)
      .where("organisation_id", "=", organisationId)
      .execute();
    await trx.deleteFrom("account_secrets").where("account_id", "=", before.id).execute();
    await trx
      .updateTable("credential_checkouts")
      .set({ ended_at: now, end_reason: "revoked" })
      .where("account_id", "=", before.id)
      .where("ended_at", "is", null)
      .execute();
    const after = await loadAccountView(trx, organisationId, before.id);
    await recordAuditEvent(trx, {
      organisationId,
      actorId: actor.id,
      action: "account.archived",
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
