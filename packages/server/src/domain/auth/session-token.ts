import { createHash, randomBytes } from "node:crypto";

/** A fresh session token for the cookie: 32 random bytes, URL-safe. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The session row id: only the hash of the token is stored. */
export function sessionIdFor(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
