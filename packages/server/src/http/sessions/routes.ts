import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { z } from "zod";
import { endAllSessions } from "../../domain/auth/end-all-sessions.ts";
import { auditContext } from "../audit-context.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import { endBrowserSession } from "../session-cookies.ts";

/** `POST /api/me/sessions/revoke-all`: sign out on every device, this one included. */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/me/sessions/revoke-all",
    {
      preHandler: requireUser,
      schema: {
        tags: ["me"],
        summary: "Sign out everywhere: ends all your sessions, this one too",
        response: { 200: z.object({ sessionsEnded: z.number().int() }), 401: errorBodySchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const sessionsEnded = await endAllSessions({
        db: app.db,
        user,
        ...auditContext(request),
        now: app.now(),
      });
      endBrowserSession(app, request, reply);
      return { sessionsEnded };
    },
  );
};
