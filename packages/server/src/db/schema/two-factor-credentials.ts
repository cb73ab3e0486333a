import type { Selectable } from "kysely";

/**
 * A user's TOTP secret, sealed with the vault key (AES-256-GCM, bound to the user id).
 * `enabled_at` is null between setup and the first correct code. `last_used_step` is the
 * 30-second step of the last code accepted, so a code cannot be replayed.
 */
export interface TwoFactorCredentialsTable {
  user_id: string;
  secret_ciphertext: string;
  enabled_at: string | null;
  last_used_step: number | null;
  created_at: string;
}

export type TwoFactorCredentialRow = Selectable<TwoFactorCredentialsTable>;
