import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { endSession } from "../../domain/auth/end-session.ts";
import { signInWithSecondFactor } from "../../domain/two-factor/sign-in-with-second-factor.ts";
import { CSRF_COOKIE, csrfCookieOptions, SESSION_COOKIE } from "../cookies.ts";
import { isGenuineCsrfToken, issueCsrfToken } from "../csrf.ts";
import { errorBodySchema, presentUser } from "../schemas.ts";
import { endBrowserSession, startBrowserSession } from "../session-cookies.ts";
import { setPendingSignInCookie } from "../two-factor/pending-cookie.ts";
import {
  sessionResponseSchema,
  signedInResponseSchema,
  signInBodySchema,
  twoFactorRequiredResponseSchema,
} from "./schemas.ts";

/** Session, sign-in and sign-out under /api/auth. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/auth/session",
    {
      schema: {
        tags: ["auth"],
        summary: "Who is signed in, and the CSRF token to send with changes",
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => ({
      user: request.user ? presentUser(request.user) : null,
      csrfToken: ensureCsrfCookie(request, reply, app.config.secretKey),
    }),
  );

  app.post(
    "/api/auth/sign-in",
    {
      config: {
        rateLimit: { max: app.config.signIn.maxAttemptsPerIpPerMinute, timeWindow: 60_000 },
      },
      schema: {
        tags: ["auth"],
        summary: "Sign in with email and password",
        body: signInBodySchema,
        response: {
          200: signedInResponseSchema.or(twoFactorRequiredResponseSchema),
          401: errorBodySchema,
          429: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const outcome = await signInWithSecondFactor({
        db: app.db,
        email: request.body.email,
        password: request.body.password,
        session: app.config.session,
        throttle: app.config.signIn,
        ip: request.ip,
        userAgent: request.headers["user-agent"],
        now: app.now(),
      });
      if (outcome.kind === "second-factor-required") {
        setPendingSignInCookie(request, reply, outcome.pendingToken, outcome.pendingExpiresAt);
        return { twoFactorRequired: true as const };
      }
      await startBrowserSession(app, request, reply, outcome);
      return { user: presentUser(outcome.user) };
    },
  );

  app.post(
    "/api/auth/sign-out",
    { schema: { tags: ["auth"], summary: "Sign out of this browser", response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await endSession({ db: app.db, token });
      endBrowserSession(app, request, reply);
      return reply.code(204).send(null);
    },
  );
};

/** Returns the browser's CSRF token, issuing and setting one when it has none, a forged one or one of another session. */
function ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply, secret: Buffer): string {
  const existing = request.cookies[CSRF_COOKIE];
  const session = request.cookies[SESSION_COOKIE];
  if (isGenuineCsrfToken(secret, existing, session)) return existing;
  const token = issueCsrfToken(secret, session);
  reply.setCookie(CSRF_COOKIE, token, csrfCookieOptions(request));
  return token;
}
