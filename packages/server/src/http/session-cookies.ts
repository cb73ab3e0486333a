import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { endSession } from "../domain/auth/end-session.ts";
import {
  clearedCookieOptions,
  CSRF_COOKIE,
  csrfCookieOptions,
  SESSION_COOKIE,
  sessionCookieOptions,
} from "./cookies.ts";
import { issueCsrfToken } from "./csrf.ts";

/**
 * A fresh CSRF token whenever the browser's session starts or ends, so a token that was planted
 * or seen before sign-in is not the one the signed-in page goes on using. The web app reads the
 * cookie before each change, so it picks the new one up without a round trip.
 */
export function rotateCsrfCookie(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  sessionCookie: string | undefined,
): void {
  reply.setCookie(
    CSRF_COOKIE,
    issueCsrfToken(app.config.secretKey, sessionCookie),
    csrfCookieOptions(request),
  );
}

/** Hands the browser its new session: any session it already had ends, and the CSRF token changes. */
export async function startBrowserSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
): Promise<void> {
  const previous = request.cookies[SESSION_COOKIE];
  if (previous) await endSession({ db: app.db, token: previous });
  reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(request, session.expiresAt));
  rotateCsrfCookie(app, request, reply, session.token);
}

/** Takes the session cookie away (the session itself is ended by the caller) and changes the CSRF token. */
export function endBrowserSession(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, clearedCookieOptions(request));
  rotateCsrfCookie(app, request, reply, undefined);
}
