import type { Db } from "../../db/database.ts";
import { fromTimestamp, toTimestamp } from "../../db/time.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { AppError } from "../../errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { createSession } from "../auth/create-session.ts";
import { sessionIdFor } from "../auth/session-token.ts";
import type { SessionPolicy } from "../auth/session-policy.ts";
import { loadRoles } from "../users/load-roles.ts";
import type { UserView } from "../users/user-view.ts";
import { MAX_SECOND_FACTOR_FAILURES } from "./pending-sign-in.ts";
import { recoveryCodeHash } from "./recovery-codes.ts";
import { acceptedTotpStep } from "./totp.ts";
import { openTotpSecret } from "./two-factor-secret.ts";

export interface CompleteSecondFactorProps {
  db: Db;
  keyring: Keyring;
  /** The pending sign-in cookie's token. */
  pendingToken: string;
  /** A six-digit code from the app, or one of the recovery codes. */
  code: string;
  session: SessionPolicy;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
}

const WRONG_CODE = "That code is not right. Try the newest code from your app, or a recovery code.";
const START_AGAIN = "Your sign-in has expired. Enter your email address and password again.";

/**
 * The second step of signing in: a correct TOTP code (not one used before) or an unused
 * recovery code turns the pending sign-in into a session. Wrong codes count; after five the
 * pending sign-in ends and the password is needed again.
 */
export async function completeSecondFactor(
  props: CompleteSecondFactorProps,
): Promise<{ user: UserView; token: string; expiresAt: Date; usedRecoveryCode: boolean }> {
  const { db } = props;
  const now = props.now ?? new Date();
  const pendingId = sessionIdFor(props.pendingToken);

  const outcome = await db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom("pending_sign_ins")
      .innerJoin("users", "users.id", "pending_sign_ins.user_id")
      .innerJoin("two_factor_credentials", "two_factor_credentials.user_id", "users.id")
      .select([
        "pending_sign_ins.expires_at",
        "pending_sign_ins.failed_attempts",
        "users.id as user_id",
        "users.organisation_id",
        "users.email",
        "users.name",
        "users.status",
        "two_factor_credentials.secret_ciphertext",
        "two_factor_credentials.last_used_step",
      ])
      .where("pending_sign_ins.id", "=", pendingId)
      .executeTakeFirst();
    if (!pending || pending.status !== "active" || fromTimestamp(pending.expires_at) <= now) {
      await trx.deleteFrom("pending_sign_ins").where("id", "=", pendingId).execute();
      return { kind: "expired" as const };
    }

    const secret = openTotpSecret(props.keyring, pending.user_id, pending.secret_ciphertext);
    const step = acceptedTotpStep(secret, props.code, now, pending.last_used_step);
    let usedRecoveryCode = false;
    if (step !== null) {
      await trx
        .updateTable("two_factor_credentials")
        .set({ last_used_step: step })
        .where("user_id", "=", pending.user_id)
        .execute();
    } else {
      const used = await trx
        .updateTable("recovery_codes")
        .set({ used_at: toTimestamp(now) })
        .where("user_id", "=", pending.user_id)
        .where("code_hash", "=", recoveryCodeHash(props.code))
        .where("used_at", "is", null)
        .executeTakeFirst();
      usedRecoveryCode = Number(used.numUpdatedRows) === 1;
    }
    if (step === null && !usedRecoveryCode) {
      const failures = Number(pending.failed_attempts) + 1;
      if (failures >= MAX_SECOND_FACTOR_FAILURES) {
        await trx.deleteFrom("pending_sign_ins").where("id", "=", pendingId).execute();
        return { kind: "locked" as const };
      }
      await trx
        .updateTable("pending_sign_ins")
        .set({ failed_attempts: failures })
        .where("id", "=", pendingId)
        .execute();
      return { kind: "wrong" as const };
    }

    await trx.deleteFrom("pending_sign_ins").where("id", "=", pendingId).execute();
    if (usedRecoveryCode) {
      const left = await trx
        .selectFrom("recovery_codes")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("user_id", "=", pending.user_id)
        .where("used_at", "is", null)
        .executeTakeFirstOrThrow();
      await recordAuditEvent(trx, {
        organisationId: pending.organisation_id,
        actorId: pending.user_id,
        action: "two_factor.recovery_code_used",
        subjectType: "user",
        subjectId: pending.user_id,
        after: { recoveryCodesLeft: Number(left.n) },
        ip: props.ip ?? null,
        device: props.userAgent ?? null,
        at: now,
      });
    }
    const session = await createSession({
      db: trx,
      userId: pending.user_id,
      policy: props.session,
      ip: props.ip,
      userAgent: props.userAgent,
      now,
    });
    const user: UserView = {
      id: pending.user_id,
      organisationId: pending.organisation_id,
      email: pending.email,
      name: pending.name,
      roles: await loadRoles(trx, pending.user_id),
    };
    return { kind: "signed-in" as const, user, ...session, usedRecoveryCode };
  });

  // Counted failures are committed above, so the error is thrown only now.
  if (outcome.kind === "expired") throw new AppError("unauthenticated", START_AGAIN);
  if (outcome.kind === "locked") throw new AppError("rate_limited", `Too many wrong codes. ${START_AGAIN}`);
  if (outcome.kind === "wrong") throw new AppError("invalid_credentials", WRONG_CODE);
  const { kind: _kind, ...signedIn } = outcome;
  return signedIn;
}
