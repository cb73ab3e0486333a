import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { AppError } from "../../errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { UserView } from "../users/user-view.ts";
import { newRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodeHash } from "./recovery-codes.ts";
import { acceptedTotpStep } from "./totp.ts";
import { openTotpSecret } from "./two-factor-secret.ts";

export interface ConfirmTwoFactorProps {
  db: Db;
  keyring: Keyring;
  user: UserView;
  code: string;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/**
 * Finishes enrolment with a code from the authenticator app: two-factor sign-in is then on, and
 * ten single-use recovery codes are returned, this once (only their hashes are kept).
 */
export async function confirmTwoFactor(props: ConfirmTwoFactorProps): Promise<{ recoveryCodes: string[] }> {
  const { db, user } = props;
  const now = props.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const credential = await trx
      .selectFrom("two_factor_credentials")
      .selectAll()
      .where("user_id", "=", user.id)
      .executeTakeFirst();
    if (!credential) throw new AppError("conflict", "Start setting up two-factor sign-in first.");
    if (credential.enabled_at)
      throw new AppError("two_factor_already_enabled", "Two-factor sign-in is already set up.");
    const secret = openTotpSecret(props.keyring, user.id, credential.secret_ciphertext);
    const step = acceptedTotpStep(secret, props.code, now, null);
    if (step === null) {
      throw new AppError(
        "validation_failed",
        "That code is not right. Check the time on your phone and try the newest code.",
        {
          details: [{ path: "body.code", message: "is not the current code" }],
        },
      );
    }
    await trx
      .updateTable("two_factor_credentials")
      .set({ enabled_at: toTimestamp(now), last_used_step: step })
      .where("user_id", "=", user.id)
      .execute();
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await trx.deleteFrom("recovery_codes").where("user_id", "=", user.id).execute();
    await trx
      .insertInto("recovery_codes")
      .values(
        recoveryCodes.map((code) => ({
          id: newId(),
          user_id: user.id,
          code_hash: recoveryCodeHash(code),
          used_at: null,
          created_at: toTimestamp(now),
        })),
      )
      .execute();
    await recordAuditEvent(trx, {
      organisationId: user.organisationId,
      actorId: user.id,
      action: "two_factor.enabled",
      subjectType: "user",
      subjectId: user.id,
      after: { method: "totp", recoveryCodesIssued: RECOVERY_CODE_COUNT },
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
    return { recoveryCodes };
  });
}
