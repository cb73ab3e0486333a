import type { FastifyInstance } from "fastify";
import { hasTwoFactorEnabled } from "../../domain/two-factor/pending-sign-in.ts";
import { isTwoFactorRequired } from "../../domain/two-factor/two-factor-required.ts";
import { AppError } from "../../errors.ts";
import { pathOf } from "../web-app.ts";

/** What someone who must set up two-factor sign-in can still reach: enough to do that, or leave. */
const OPEN_BEFORE_ENROLMENT = new Set([
  "GET /api/auth/session",
  "POST /api/auth/sign-in",
  "POST /api/auth/sign-out",
  "POST /api/auth/two-factor",
  "GET /api/me",
  "GET /api/me/two-factor",
  "POST /api/me/two-factor/setup",
  "POST /api/me/two-factor/confirm",
  "POST /api/me/sessions/revoke-all",
  "GET /api/openapi.json",
]);

/**
 * Admins and channel users must set up two-factor sign-in before anything else: every other API
 * request answers 403 `two_factor_enrolment_required` until they have.
 */
export function registerTwoFactorEnrolment(app: FastifyInstance): void {
  if (!app.config.enforceTwoFactorEnrolment) return;
  app.addHook("preHandler", async (request) => {
    const user = request.user;
    const path = pathOf(request.url);
    if (!user || !path.startsWith("/api/") || path.startsWith("/api/auth/sso/")) return;
    if (OPEN_BEFORE_ENROLMENT.has(`${request.method} ${path}`)) return;
    if (!(await isTwoFactorRequired(app.db, user, app.now()))) return;
    if (await hasTwoFactorEnabled(app.db, user.id)) return;
    throw new AppError(
      "two_factor_enrolment_required",
      "Set up two-factor sign-in before you continue: your role needs it.",
    );
  });
}
