import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { keySourceOf, loadKeyring } from "../../crypto/keyring.ts";
import { completeSecondFactor } from "../../domain/two-factor/complete-second-factor.ts";
import { confirmTwoFactor } from "../../domain/two-factor/confirm-two-factor.ts";
import { hasTwoFactorEnabled } from "../../domain/two-factor/pending-sign-in.ts";
import { setupTwoFactor } from "../../domain/two-factor/setup-two-factor.ts";
import { isTwoFactorRequired } from "../../domain/two-factor/two-factor-required.ts";
import { AppError } from "../../errors.ts";
import { auditContext } from "../audit-context.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { clearedCookieOptions } from "../cookies.ts";
import { errorBodySchema, presentUser } from "../schemas.ts";
import { startBrowserSession } from "../session-cookies.ts";
import { PENDING_SIGN_IN_COOKIE } from "./pending-cookie.ts";
import {
  codeBodySchema,
  confirmResponseSchema,
  secondFactorResponseSchema,
  setupResponseSchema,
  twoFactorStatusSchema,
} from "./schemas.ts";

const errors = { 400: errorBodySchema, 401: errorBodySchema, 409: errorBodySchema };

/** Setting up an authenticator app, and the second step of signing in. */
export const twoFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  const keyring = () => loadKeyring(keySourceOf(app.config));

  app.get(
    "/api/me/two-factor",
    {
      preHandler: requireUser,
      schema: {
        tags: ["me"],
        summary: "Whether two-factor sign-in is on, and whether it is required of you",
        response: { 200: twoFactorStatusSchema, 401: errorBodySchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const enabled = await hasTwoFactorEnabled(app.db, user.id);
      const left = await app.db
        .selectFrom("recovery_codes")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("user_id", "=", user.id)
        .where("used_at", "is", null)
        .executeTakeFirstOrThrow();
      return {
        enabled,
        required: await isTwoFactorRequired(app.db, user, app.now()),
        recoveryCodesLeft: enabled ? Number(left.n) : 0,
        can: { setup: !enabled },
      };
    },
  );

  app.post(
    "/api/me/two-factor/setup",
    {
      preHandler: requireUser,
      schema: {
        tags: ["me"],
        summary: "Start setting up an authenticator app: returns its secret, this once",
        response: { 200: setupResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const organisation = await app.db
        .selectFrom("organisations")
        .select("name")
        .where("id", "=", user.organisationId)
        .executeTakeFirstOrThrow();
      reply.header("cache-control", "no-store");
      return setupTwoFactor({
        db: app.db,
        keyring: keyring(),
        user,
        issuer: `Postwarden (${organisation.name})`,
        now: app.now(),
      });
    },
  );

  app.post(
    "/api/me/two-factor/confirm",
    {
      preHandler: requireUser,
      schema: {
        tags: ["me"],
        summary: "Finish setting up with a code from the app: returns ten recovery codes, this once",
        body: codeBodySchema,
        response: { 200: confirmResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      reply.header("cache-control", "no-store");
      return confirmTwoFactor({
        db: app.db,
        keyring: keyring(),
        user,
        code: request.body.code,
        ...auditContext(request),
        now: app.now(),
      });
    },
  );

  app.post(
    "/api/auth/two-factor",
    {
      config: { rateLimit: { max: app.config.signIn.maxAttemptsPerIpPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ["auth"],
        summary: "Second step of signing in: a code from the app, or a recovery code",
        body: codeBodySchema,
        response: { 200: secondFactorResponseSchema, ...errors, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const pendingToken = request.cookies[PENDING_SIGN_IN_COOKIE];
      if (!pendingToken) {
        throw new AppError("unauthenticated", "Enter your email address and password first.");
      }
      let signedIn;
      try {
        signedIn = await completeSecondFactor({
          db: app.db,
          keyring: keyring(),
          pendingToken,
          code: request.body.code,
          session: app.config.session,
          ip: request.ip,
          userAgent: request.headers["user-agent"],
          now: app.now(),
        });
      } catch (err) {
        if (err instanceof AppError && err.code !== "invalid_credentials") {
          reply.clearCookie(PENDING_SIGN_IN_COOKIE, clearedCookieOptions(request));
        }
        throw err;
      }
      reply.clearCookie(PENDING_SIGN_IN_COOKIE, clearedCookieOptions(request));
      await startBrowserSession(app, request, reply, signedIn);
      return { user: presentUser(signedIn.user) };
    },
  );
};
