import { open, sealCurrent } from "../../crypto/envelope.ts";
import type { Keyring } from "../../crypto/keyring.ts";

/** The additional data that ties a sealed TOTP secret to its user. */
export function twoFactorSecretAad(userId: string): string {
  return `two-factor:${userId}`;
}

export function sealTotpSecret(keyring: Keyring, userId: string, secret: string): string {
  return sealCurrent(keyring, secret, twoFactorSecretAad(userId));
}

export function openTotpSecret(keyring: Keyring, userId: string, ciphertext: string): string {
  return open(keyring, ciphertext, twoFactorSecretAad(userId));
}
