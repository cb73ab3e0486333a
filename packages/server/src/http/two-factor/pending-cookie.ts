import type { FastifyReply, FastifyRequest } from "fastify";
import { sessionCookieOptions } from "../cookies.ts";

/** The short-lived cookie that carries a sign-in still waiting for its second factor. */
export const PENDING_SIGN_IN_COOKIE = "pw_pending_sign_in";

export function setPendingSignInCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(PENDING_SIGN_IN_COOKIE, token, sessionCookieOptions(request, expiresAt));
}
