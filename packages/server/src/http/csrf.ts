import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from "./cookies.ts";
import { isApiPath, pathOf } from "./web-app.ts";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A CSRF token: a random nonce and its HMAC under the server's secret, "nonce.mac". The MAC
 * covers the session cookie the token was issued beside (empty when signed out), so a token
 * seen or planted before sign-in, or taken from another session, does not pass with this one.
 */
export function issueCsrfToken(secret: Buffer, sessionCookie: string | undefined): string {
  const nonce = randomBytes(24).toString("base64url");
  return `${nonce}.${macOf(secret, nonce, sessionCookie)}`;
}

/** True for a token this server issued beside this session cookie (any nonce, correct MAC). */
export function isGenuineCsrfToken(
  secret: Buffer,
  token: string | undefined,
  sessionCookie: string | undefined,
): token is string {
  if (!token || token.length > 200) return false;
  const dot = token.indexOf(".");
  if (dot <= 0) return false;
  return sameText(token.slice(dot + 1), macOf(secret, token.slice(0, dot), sessionCookie));
}

function macOf(secret: Buffer, nonce: string, sessionCookie: string | undefined): string {
  return createHmac("sha256", secret)
    .update(`csrf:${nonce}:${sessionCookie ?? ""}`)
    .digest("base64url");
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Double-submit check for every state-changing `/api/` request, sign-in included: the
 * x-csrf-token header must equal the pw_csrf cookie, and the cookie must be one we issued
 * beside the session cookie this request carries.
 * Runs before the body is read, so a forged request costs nothing.
 */
export function registerCsrfProtection(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || !isApiPath(pathOf(request.url))) return;
    const cookie = request.cookies[CSRF_COOKIE];
    const header = request.headers[CSRF_HEADER];
    const sent = Array.isArray(header) ? undefined : header;
    const session = request.cookies[SESSION_COOKIE];
    if (!isGenuineCsrfToken(app.config.secretKey, cookie, session) || !sent || !sameText(sent, cookie)) {
      throw new AppError(
        "csrf_invalid",
        "This request is missing its security token. Reload the page and try again.",
      );
    }
  });
}
