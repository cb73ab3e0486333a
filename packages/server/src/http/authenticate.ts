import type { FastifyInstance, FastifyRequest } from "fastify";
import { resolveSession } from "../domain/auth/resolve-session.ts";
import type { UserView } from "../domain/users/user-view.ts";
import { AppError } from "../errors.ts";
import { clearedCookieOptions, SESSION_COOKIE } from "./cookies.ts";
import { rotateCsrfCookie } from "./session-cookies.ts";
import { isApiPath, pathOf } from "./web-app.ts";

/** Resolves the session cookie into `request.user` for every `/api/` request. */
export function registerAuthentication(app: FastifyInstance): void {
  app.decorateRequest("user", null);
  app.decorateRequest("sessionId", null);
  app.addHook("onRequest", async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !isApiPath(pathOf(request.url))) return;
    const session = await resolveSession({ db: app.db, token, policy: app.config.session, now: app.now() });
    if (session) {
      request.user = session.user;
      request.sessionId = session.sessionId;
    } else {
      // Unknown or expired: take the dead cookie away rather than have every request resend it,
      // with a CSRF token for the signed-out browser, so its next change is answered "sign in"
      // rather than refused as forged. A sign-in in this same request sets its cookies after
      // these, which replace them.
      reply.clearCookie(SESSION_COOKIE, clearedCookieOptions(request));
      rotateCsrfCookie(app, request, reply, undefined);
    }
  });
}

/** Route preHandler: refuses the request with 401 unless someone is signed in. */
export async function requireUser(request: FastifyRequest): Promise<void> {
  currentUser(request);
}

/** The signed-in user, or a 401 `unauthenticated` error. */
export function currentUser(request: FastifyRequest): UserView {
  if (!request.user) throw new AppError("unauthenticated", "Sign in to continue.");
  return request.user;
}
