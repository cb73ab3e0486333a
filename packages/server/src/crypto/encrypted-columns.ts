import { ssoClientSecretAad } from "../domain/sso/sso-client-secret.ts";
import { twoFactorSecretAad } from "../domain/two-factor/two-factor-secret.ts";

/**
 * Every column that holds a vault envelope, so a key rotation re-encrypts all of them. A module
 * that stores an encrypted column adds an entry here; `aad` must rebuild the additional data
 * that module sealed with, from the row.
 */
export interface EncryptedColumn {
  table: string;
  idColumn: string;
  column: string;
  /** Other columns `aad` reads. */
  aadColumns: readonly string[];
  aad(row: Record<string, unknown>): string;
}

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  {
    table: "account_secrets",
    idColumn: "id",
    column: "ciphertext",
    aadColumns: ["account_id", "kind"],
    aad: (row) => accountSecretAad(String(row.account_id), String(row.kind)),
  },
  {
    table: "two_factor_credentials",
    idColumn: "user_id",
    column: "secret_ciphertext",
    aadColumns: [],
    aad: (row) => twoFactorSecretAad(String(row.user_id)),
  },
  {
    table: "sso_configs",
    idColumn: "organisation_id",
    column: "client_secret_ciphertext",
    aadColumns: [],
    aad: (row) => ssoClientSecretAad(String(row.organisation_id)),
  },
];

/** The account id (and which secret it is) authenticates an account secret. */
export function accountSecretAad(accountId: string, kind: string): string {
  return `account:${accountId}:${kind}`;
}
