import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { authorize } from "../../authz/checks.ts";
import { ssoConfigPolicy } from "../../authz/sso-config.ts";
import { keySourceOf, loadKeyring } from "../../crypto/keyring.ts";
import { createSession } from "../../domain/auth/create-session.ts";
import { endSession } from "../../domain/auth/end-session.ts";
import { finishSsoSignIn, SsoRefusedError } from "../../domain/sso/finish-sso-sign-in.ts";
import { saveSsoConfig } from "../../domain/sso/save-sso-config.ts";
import { SSO_LOGIN_TTL_MS, startSsoSignIn } from "../../domain/sso/start-sso-sign-in.ts";
import { hasTwoFactorEnabled, startPendingSignIn } from "../../domain/two-factor/pending-sign-in.ts";
import { auditContext } from "../audit-context.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { clearedCookieOptions, SESSION_COOKIE, sessionCookieOptions } from "../cookies.ts";
import { errorBodySchema } from "../schemas.ts";
import { startBrowserSession } from "../session-cookies.ts";
import { setPendingSignInCookie } from "../two-factor/pending-cookie.ts";
import {
  ssoCallbackQuerySchema,
  ssoConfigBodySchema,
  ssoConfigSchema,
  ssoStartParamsSchema,
} from "./schemas.ts";

/** Ties the provider's answer to the browser that asked: holds the state for the callback. */
const SSO_STATE_COOKIE = "pw_sso_state";
const CALLBACK_PATH = "/api/auth/sso/callback";

/** Where the browser lands: the app on success, the second-factor page, or the sign-in page with a reason. */
export const SSO_LANDING = {
  signedIn: "/",
  secondFactor: "/sign-in/two-factor",
  refused: "/sign-in",
} as const;

/** The address the browser used, with a default port dropped, as the provider will compare it. */
function origin(request: FastifyRequest): string {
  return new URL(`${request.protocol}://${request.host}`).origin;
}

/** Single sign-on over OpenID Connect, and its settings. */
export const ssoRoutes: FastifyPluginAsyncZod = async (app) => {
  const keyring = () => loadKeyring(keySourceOf(app.config));

  app.get(
    "/api/auth/sso/:org/start",
    {
      schema: {
        tags: ["auth"],
        summary: "Start signing in with the council's identity provider (redirects there)",
        params: ssoStartParamsSchema,
        response: { 302: z.null(), 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { url, state } = await startSsoSignIn({
        db: app.db,
        keyring: keyring(),
        organisationSlug: request.params.org,
        redirectUri: `${origin(request)}${CALLBACK_PATH}`,
        now: app.now(),
      });
      reply.setCookie(SSO_STATE_COOKIE, state, {
        ...sessionCookieOptions(request, new Date(app.now().getTime() + SSO_LOGIN_TTL_MS)),
        path: "/api/auth/sso",
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    CALLBACK_PATH,
    {
      schema: {
        tags: ["auth"],
        summary: "Where the identity provider sends the browser back; signs in and redirects into the app",
        querystring: ssoCallbackQuerySchema,
        response: { 302: z.null() },
      },
    },
    async (request, reply) => {
      const browserState = request.cookies[SSO_STATE_COOKIE];
      reply.clearCookie(SSO_STATE_COOKIE, { ...clearedCookieOptions(request), path: "/api/auth/sso" });
      let user;
      try {
        user = await finishSsoSignIn({
          db: app.db,
          keyring: keyring(),
          callbackUrl: new URL(`${origin(request)}${request.url}`),
          browserState,
          ip: request.ip,
          userAgent: request.headers["user-agent"],
          now: app.now(),
        });
      } catch (err) {
        if (!(err instanceof SsoRefusedError)) throw err;
        request.log.warn({ reason: err.reason }, `single sign-on refused: ${err.message}`);
        return reply.redirect(`${SSO_LANDING.refused}?sso_error=${err.reason}`, 302);
      }
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await endSession({ db: app.db, token: previous });
      if (await hasTwoFactorEnabled(app.db, user.id)) {
        const pending = await startPendingSignIn({
          db: app.db,
          userId: user.id,
          ip: request.ip,
          userAgent: request.headers["user-agent"],
          now: app.now(),
        });
        setPendingSignInCookie(request, reply, pending.token, pending.expiresAt);
        return reply.redirect(SSO_LANDING.secondFactor, 302);
      }
      const session = await createSession({
        db: app.db,
        userId: user.id,
        policy: app.config.session,
        ip: request.ip,
        userAgent: request.headers["user-agent"],
        now: app.now(),
      });
      await startBrowserSession(app, request, reply, session);
      return reply.redirect(SSO_LANDING.signedIn, 302);
    },
  );

  app.get(
    "/api/sso-config",
    {
      preHandler: requireUser,
      schema: {
        tags: ["sso"],
        summary: "The organisation's single sign-on settings, without the client secret (admins)",
        response: { 200: ssoConfigSchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      authorize(ssoConfigPolicy.canRead(actor, actor), actor);
      const row = await app.db
        .selectFrom("sso_configs")
        .select(["issuer", "client_id", "allowed_email_domain"])
        .where("organisation_id", "=", actor.organisationId)
        .executeTakeFirst();
      return {
        configured: row !== undefined,
        issuer: row?.issuer ?? null,
        clientId: row?.client_id ?? null,
        allowedEmailDomain: row?.allowed_email_domain ?? null,
        can: { update: ssoConfigPolicy.canUpdate(actor, actor) },
      };
    },
  );

  app.put(
    "/api/sso-config",
    {
      preHandler: requireUser,
      schema: {
        tags: ["sso"],
        summary: "Set the organisation's OpenID Connect provider (admins)",
        body: ssoConfigBodySchema,
        response: { 204: z.null(), 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      authorize(ssoConfigPolicy.canUpdate(actor, actor), actor);
      await saveSsoConfig({
        db: app.db,
        keyring: keyring(),
        organisationId: actor.organisationId,
        actorId: actor.id,
        config: request.body,
        ...auditContext(request),
        now: app.now(),
      });
      return reply.code(204).send(null);
    },
  );
};
