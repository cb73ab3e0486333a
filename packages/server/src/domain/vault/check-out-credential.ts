import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import { accountSecretAad } from "../../crypto/encrypted-columns.ts";
import { open } from "../../crypto/envelope.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../authz/checks.ts";
import { credentialPolicy } from "../../authz/credential.ts";
import type { JobQueue } from "../../jobs/queue.ts";
import { JOB_NAMES } from "../../jobs/job-names.ts";
import { loadAccountView } from "../accounts/account-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { hasActiveGrantOn } from "../grants/has-active-grant.ts";
import type { UserView } from "../users/user-view.ts";
import { toCheckoutView, type CheckoutView } from "./checkout-view.ts";

export const DEFAULT_CHECKOUT_MINUTES = 30;

export interface CheckOutCredentialProps {
  db: Db;
  keyring: Keyring;
  queue: JobQueue;
  actor: UserView;
  accountId: string;
  reason: string;
  minutes?: number;
  now?: Date;
  ip?: string | null;
  device?: string | null;
}

/**
 * Takes a platform's shared login out of the vault for a limited time (procedure.9.a). The
 * password is in the return value and nowhere else: not in the audit event, not in a log.
 * One person holds a shared login at a time. Expiry is a job at the end time; reads also treat
 * a check-out past its end as over, so a late job changes nothing anyone relies on.
 */
export async function checkOutCredential(
  props: CheckOutCredentialProps,
): Promise<{ checkout: CheckoutView; password: string }> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  const account = await loadAccountView(db, actor.organisationId, props.accountId);
  const callerHasActiveGrant = await hasActiveGrantOn(db, actor.id, account.id, undefined, now);
  authorize(credentialPolicy.canCheckOut(actor, { ...account, callerHasActiveGrant }), actor);
  const secret = await db
    .selectFrom("account_secrets")
    .select("ciphertext")
    .where("account_id", "=", account.id)
    .where("kind", "=", "shared_password")
    .executeTakeFirst();
  if (!secret) throw new AppError("not_found", "This account has no shared login in the vault.");
  const at = toTimestamp(now);
  const expiresAt = toTimestamp(
    new Date(now.getTime() + (props.minutes ?? DEFAULT_CHECKOUT_MINUTES) * 60_000),
  );
  const id = newId();
  const checkout = await db.transaction().execute(async (trx) => {
    const held = await trx
      .selectFrom("credential_checkouts")
      .select("user_id")
      .where("account_id", "=", account.id)
      .where("ended_at", "is", null)
      .where("expires_at", ">", at)
      .executeTakeFirst();
    if (held)
      throw new AppError("conflict", "Someone has this login checked out; it must be checked in first.");
    await trx
      .insertInto("credential_checkouts")
      .values({
        id,
        organisation_id: actor.organisationId,
        account_id: account.id,
        user_id: actor.id,
        reason: props.reason,
        checked_out_at: at,
        expires_at: expiresAt,
        ended_at: null,
        end_reason: null,
      })
      .execute();
    const row = await trx
      .selectFrom("credential_checkouts")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "credential.checked_out",
      subjectType: "credential_checkout",
      subjectId: id,
      after: toCheckoutView(row),
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
    return toCheckoutView(row);
  });
  await props.queue.enqueue(
    JOB_NAMES.expireCheckout,
    { checkoutId: id },
    { runAt: new Date(expiresAt), singletonKey: id },
  );
  const password = open(props.keyring, secret.ciphertext, accountSecretAad(account.id, "shared_password"));
  return { checkout, password };
}
