import * as client from "openid-client";
import type { SsoConfigRow } from "../../db/schema/sso-configs.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { openSsoClientSecret } from "./sso-client-secret.ts";

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const cache = new Map<string, { configuration: client.Configuration; fetchedAt: number }>();

/**
 * The provider's discovered configuration for an organisation, cached for an hour per settings
 * version (a change of settings changes `updated_at`, so it is discovered afresh).
 */
export async function oidcConfiguration(row: SsoConfigRow, keyring: Keyring): Promise<client.Configuration> {
  const key = `${row.organisation_id}|${row.updated_at}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.fetchedAt < DISCOVERY_TTL_MS) return hit.configuration;
  const secret = openSsoClientSecret(keyring, row.organisation_id, row.client_secret_ciphertext);
  const issuer = new URL(row.issuer);
  // Plain http is accepted only for a provider on this machine (saveSsoConfig refuses others).
  const insecure = issuer.protocol === "http:";
  const configuration = await client.discovery(
    issuer,
    row.client_id,
    { client_secret: secret },
    client.ClientSecretPost(secret),
    insecure ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
  );
  for (const stale of cache.keys()) if (stale.startsWith(`${row.organisation_id}|`)) cache.delete(stale);
  cache.set(key, { configuration, fetchedAt: Date.now() });
  return configuration;
}
