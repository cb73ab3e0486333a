import type { Selectable } from "kysely";

/** An organisation's OpenID Connect provider; the client secret is sealed with the vault key. */
export interface SsoConfigsTable {
  organisation_id: string;
  issuer: string;
  client_id: string;
  client_secret_ciphertext: string;
  /** Only addresses at this domain may sign in this way, e.g. "malvern-tc.gov.uk". */
  allowed_email_domain: string;
  updated_at: string;
}

export type SsoConfigRow = Selectable<SsoConfigsTable>;
