import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { AppError } from "../../errors.ts";
import type { UserView } from "../users/user-view.ts";
import { newTotpSecret, totpUri } from "./totp.ts";
import { sealTotpSecret } from "./two-factor-secret.ts";

export interface SetupTwoFactorProps {
  db: Db;
  keyring: Keyring;
  user: UserView;
  /** Shown as the issuer in the authenticator app, e.g. the council's name. */
  issuer: string;
  now?: Date;
}

/**
 * Starts enrolment: a new secret, sealed at rest, returned this once (as text and as an
 * otpauth:// URI). Nothing is enabled until a code from it is confirmed; starting again before
 * then replaces the secret. Someone already enrolled is refused.
 */
export async function setupTwoFactor(props: SetupTwoFactorProps): Promise<{ secret: string; uri: string }> {
  const { db, user } = props;
  const now = toTimestamp(props.now ?? new Date());
  const secret = newTotpSecret();
  const ciphertext = sealTotpSecret(props.keyring, user.id, secret);
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("two_factor_credentials")
      .select("enabled_at")
      .where("user_id", "=", user.id)
      .executeTakeFirst();
    if (existing?.enabled_at)
      throw new AppError("two_factor_already_enabled", "Two-factor sign-in is already set up.");
    if (existing) {
      await trx
        .updateTable("two_factor_credentials")
        .set({ secret_ciphertext: ciphertext, created_at: now, last_used_step: null })
        .where("user_id", "=", user.id)
        .execute();
    } else {
      await trx
        .insertInto("two_factor_credentials")
        .values({
          user_id: user.id,
          secret_ciphertext: ciphertext,
          enabled_at: null,
          last_used_step: null,
          created_at: now,
        })
        .execute();
    }
  });
  return { secret, uri: totpUri(secret, user.email, props.issuer) };
}
