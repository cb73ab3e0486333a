import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SECRET_KEY_FILE } from "../config.ts";
import { deriveVaultKey, type VaultKey } from "./vault-key.ts";

/** The key new ciphertexts use, and every key an existing ciphertext may name. */
export interface Keyring {
  current: VaultKey;
  find(keyId: string): VaultKey | undefined;
}

/** During `postwarden keys rotate` the new secret waits here until every row is re-encrypted. */
export const NEXT_SECRET_KEY_FILE = `${SECRET_KEY_FILE}.next`;

export function keyringOf(current: VaultKey, others: readonly VaultKey[] = []): Keyring {
  const byId = new Map([...others, current].map((k) => [k.id, k]));
  return { current, find: (keyId) => byId.get(keyId) };
}

export interface KeySource {
  /** The secret the server started with (env or file). */
  secretKey: Buffer;
  dataDir: string;
  /**
   * True when the secret lives in `${dataDir}/secret.key` (not in POSTWARDEN_SECRET_KEY): the
   * key files are then read again on every vault operation (two small files), so a running
   * server follows a rotation.
   */
  followKeyFiles: boolean;
}

/**
 * The vault keyring as the key files stand now. While `secret.key.next` exists it is the
 * current key, so secrets written during a rotation never carry the key being retired.
 */
export function loadKeyring(source: KeySource): Keyring {
  const started = deriveVaultKey(source.secretKey);
  if (!source.followKeyFiles) return keyringOf(started);
  const onDisk = readSecret(join(source.dataDir, SECRET_KEY_FILE));
  const next = readSecret(join(source.dataDir, NEXT_SECRET_KEY_FILE));
  const keys = [started, onDisk && deriveVaultKey(onDisk), next && deriveVaultKey(next)].filter(
    (k): k is VaultKey => k !== undefined,
  );
  return keyringOf(keys.at(-1) as VaultKey, keys);
}

/** The key source for a server configuration: files unless the secret came from the environment. */
export function keySourceOf(
  config: { secretKey: Buffer; dataDir: string },
  env: NodeJS.ProcessEnv = process.env,
): KeySource {
  return { secretKey: config.secretKey, dataDir: config.dataDir, followKeyFiles: !env.POSTWARDEN_SECRET_KEY };
}

function readSecret(file: string): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  const secret = readFileSync(file);
  return secret.length >= 32 ? secret : undefined;
}
