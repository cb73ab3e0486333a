import type { Db } from "../../db/database.ts";
import type { SecretKind } from "../../db/schema/account-secrets.ts";
import { toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { accountPolicy } from "../../authz/account.ts";
import { authorize } from "../../authz/checks.ts";
import { loadAccountView } from "../accounts/account-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { UserView } from "../users/user-view.ts";

export interface DeleteAccountSecretProps {
  db: Db;
  actor: UserView;
  accountId: string;
  kind: SecretKind;
  now?: Date;
  ip?: string | null;
}

/** Destroys a stored secret; open check-outs of a shared password end with it. */
export async function deleteAccountSecret(props: DeleteAccountSecretProps): Promise<void> {
  const { db, actor } = props;
  const account = await loadAccountView(db, actor.organisationId, props.accountId);
  authorize(accountPolicy.canManageSecrets(actor, account), actor);
  if (!account.secrets[props.kind].hasSecret) throw new AppError("not_found", "No such secret is stored.");
  const at = toTimestamp(props.now ?? new Date());
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("account_secrets")
      .where("account_id", "=", account.id)
      .where("kind", "=", props.kind)
      .execute();
    if (props.kind === "shared_password") {
      await trx
        .updateTable("credential_checkouts")
        .set({ ended_at: at, end_reason: "revoked" })
        .where("account_id", "=", account.id)
        .where("ended_at", "is", null)
        .execute();
    }
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "account.secret_deleted",
      subjectType: "account",
      subjectId: account.id,
      before: { kind: props.kind, stored: true },
      after: { kind: props.kind, stored: false },
      ip: props.ip ?? null,
      at: props.now,
    });
  });
}
