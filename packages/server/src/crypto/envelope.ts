import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Keyring } from "./keyring.ts";
import type { VaultKey } from "./vault-key.ts";

/**
 * A sealed secret as stored: "pw1.<key id>.<iv>.<ciphertext>.<tag>" (base64url parts).
 * AES-256-GCM with a random 96-bit IV; the additional authenticated data binds the ciphertext
 * to its row (e.g. the account id), so a ciphertext copied onto another row fails to open.
 */
const VERSION = "pw1";

export class VaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VaultError";
  }
}

export function seal(key: VaultKey, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, key.id, iv, data, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function keyIdOf(envelope: string): string {
  const parts = envelope.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new VaultError("Not a vault ciphertext.");
  return parts[1] as string;
}

export function open(keyring: Keyring, envelope: string, aad: string): string {
  const keyId = keyIdOf(envelope);
  const key = keyring.find(keyId);
  if (!key) throw new VaultError(`The vault key ${keyId} is not available; restore its key file.`);
  const [, , iv, data, tag] = envelope.split(".") as [string, string, string, string, string];
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    throw new VaultError("A vault ciphertext failed its integrity check.");
  }
}

/** Seals with the keyring's current key. */
export function sealCurrent(keyring: Keyring, plaintext: string, aad: string): string {
  return seal(keyring.current, plaintext, aad);
}
