/** Key endings that name secret material; compared lower-cased with "_" and "-" removed. */
const SECRET_KEY_ENDINGS = [
  "token",
  "secret",
  "password",
  "passwordhash",
  "ciphertext",
  "privatekey",
  "recoverycodes",
  "codehash",
];

export const REDACTED = "[redacted]";

/**
 * A copy of an audit snapshot with secret-looking members replaced. Callers already pass
 * redacted views; this is the second line, so a mistake never writes a token into the log.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const copy: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      copy[key] =
        isSecretKey(key) && member !== null && member !== undefined ? REDACTED : redactSecrets(member);
    }
    return copy;
  }
  return value;
}

function isSecretKey(key: string): boolean {
  const plain = key.toLowerCase().replace(/[_-]/g, "");
  return SECRET_KEY_ENDINGS.some((ending) => plain.endsWith(ending));
}
