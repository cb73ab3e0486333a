import type { Db } from "../../db/database.ts";
import type { SecretKind } from "../../db/schema/account-secrets.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import { accountSecretAad } from "../../crypto/encrypted-columns.ts";
import { sealCurrent } from "../../crypto/envelope.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { accountPolicy } from "../../authz/account.ts";
import { authorize } from "../../authz/checks.ts";
import { loadAccountView, type SecretStatus } from "../accounts/account-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { UserView } from "../users/user-view.ts";

export interface SetAccountSecretProps {
  db: Db;
  keyring: Keyring;
  actor: UserView;
  accountId: string;
  kind: SecretKind;
  /** The token or password. Sealed at once; never returned, logged or audited. */
  value: string;
  now?: Date;
  ip?: string | null;
}

/** Stores or replaces an account's token or shared password in the vault. */
export async function setAccountSecret(props: SetAccountSecretProps): Promise<SecretStatus> {
  const { db, actor } = props;
  const account = await loadAccountView(db, actor.organisationId, props.accountId);
  authorize(accountPolicy.canManageSecrets(actor, account), actor);
  const ciphertext = sealCurrent(props.keyring, props.value, accountSecretAad(account.id, props.kind));
  const at = toTimestamp(props.now ?? new Date());
  const replaced = account.secrets[props.kind].hasSecret;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("account_secrets")
      .values({
        id: newId(),
        organisation_id: actor.organisationId,
        account_id: account.id,
        kind: props.kind,
        ciphertext,
        updated_at: at,
        updated_by: actor.id,
      })
      .onConflict((oc) =>
        oc.columns(["account_id", "kind"]).doUpdateSet({ ciphertext, updated_at: at, updated_by: actor.id }),
      )
      .execute();
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "account.secret_set",
      subjectType: "account",
      subjectId: account.id,
      before: { kind: props.kind, stored: replaced },
      after: { kind: props.kind, stored: true, updatedAt: at },
      ip: props.ip ?? null,
      at: props.now,
    });
  });
  return { hasSecret: true, updatedAt: at };
}
