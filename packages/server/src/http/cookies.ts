import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyRequest } from "fastify";

export const SESSION_COOKIE = "pw_session";
export const CSRF_COOKIE = "pw_csrf";
export const CSRF_HEADER = "x-csrf-token";

/** Secure whenever the browser reached us over https (directly, or via a trusted proxy). */
function baseOptions(request: FastifyRequest): CookieSerializeOptions {
  return { path: "/", sameSite: "lax", secure: request.protocol === "https" };
}

export function sessionCookieOptions(request: FastifyRequest, expiresAt: Date): CookieSerializeOptions {
  return { ...baseOptions(request), httpOnly: true, expires: expiresAt };
}

/** Readable by the page's script, which echoes it in the x-csrf-token header. */
export function csrfCookieOptions(request: FastifyRequest): CookieSerializeOptions {
  return { ...baseOptions(request), httpOnly: false };
}

export function clearedCookieOptions(request: FastifyRequest): CookieSerializeOptions {
  return baseOptions(request);
}
