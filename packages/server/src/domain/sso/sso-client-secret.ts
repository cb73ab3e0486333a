import { open, sealCurrent } from "../../crypto/envelope.ts";
import type { Keyring } from "../../crypto/keyring.ts";

/** The additional data that ties a sealed OpenID Connect client secret to its organisation. */
export function ssoClientSecretAad(organisationId: string): string {
  return `sso-client-secret:${organisationId}`;
}

export function sealSsoClientSecret(keyring: Keyring, organisationId: string, secret: string): string {
  return sealCurrent(keyring, secret, ssoClientSecretAad(organisationId));
}

export function openSsoClientSecret(keyring: Keyring, organisationId: string, ciphertext: string): string {
  return open(keyring, ciphertext, ssoClientSecretAad(organisationId));
}
