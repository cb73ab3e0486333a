import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
/** No look-alike characters (0/o, 1/l/i), so a code copied by hand still works. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A fresh code such as "k7m2p-x9qrt": 10 characters, about 50 bits. */
export function newRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * Only this hash is stored. A fast hash is enough: codes are random, and guessing is bounded by
 * the few attempts a pending sign-in allows.
 */
export function recoveryCodeHash(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(`recovery:${normalised}`).digest("hex");
}
