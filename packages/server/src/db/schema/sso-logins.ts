import type { Selectable } from "kysely";

/**
 * A sign-in sent to the identity provider and not yet back. The id is the SHA-256 of the
 * `state` parameter; the PKCE verifier and nonce never leave the server.
 */
export interface SsoLoginsTable {
  id: string;
  organisation_id: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
  expires_at: string;
}

export type SsoLoginRow = Selectable<SsoLoginsTable>;
