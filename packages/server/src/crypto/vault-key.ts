import { hkdfSync } from "node:crypto";

/** A 256-bit data key and the short public id stored beside everything it encrypts. */
export interface VaultKey {
  id: string;
  key: Buffer;
}

const SALT = Buffer.from("postwarden-vault-v1", "utf8");

/**
 * Derives the vault's AES-256 key from a server secret with HKDF-SHA256. The secret also signs
 * cookies, so the vault uses its own derived key rather than the secret itself. The id is a
 * second, independent derivation: it names the key without revealing anything about it.
 */
export function deriveVaultKey(secret: Buffer): VaultKey {
  const key = Buffer.from(hkdfSync("sha256", secret, SALT, "aes-256-gcm data key", 32));
  const id = Buffer.from(hkdfSync("sha256", secret, SALT, "key id", 8)).toString("hex");
  return { id, key };
}
