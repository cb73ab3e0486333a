import type { Selectable } from "kysely";

/**
 * `api_token`: a connector's platform token, never shown to anyone.
 * `shared_password`: a login the platform forces staff to share, revealed only on check-out.
 */
export const SECRET_KINDS = ["api_token", "shared_password"] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

/** A vault entry. `ciphertext` is an envelope from crypto/envelope.ts (key id, IV, data, tag). */
export interface AccountSecretsTable {
  id: string;
  organisation_id: string;
  account_id: string;
  kind: SecretKind;
  ciphertext: string;
  updated_at: string;
  updated_by: string | null;
}

export type AccountSecretRow = Selectable<AccountSecretsTable>;
