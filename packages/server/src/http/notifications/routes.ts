import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { z } from "zod";
import { listNotifications } from "../../domain/notifications/list-notifications.ts";
import { markNotificationRead } from "../../domain/notifications/mark-notification-read.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import { listNotificationsQuerySchema, notificationListSchema, notificationParamsSchema } from "./schemas.ts";

/** The caller's in-app notifications under /api/notifications. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["notifications"];
  app.get(
    "/api/notifications",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Your notifications, newest first",
        querystring: listNotificationsQuerySchema,
        response: { 200: notificationListSchema, 401: errorBodySchema },
      },
    },
    async (request) => ({
      notifications: await listNotifications({
        db: app.db,
        actor: currentUser(request),
        unreadOnly: request.query.unread === "true",
      }),
    }),
  );
  app.post(
    "/api/notifications/:notificationId/read",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Mark one of your notifications read",
        params: notificationParamsSchema,
        response: { 204: z.null(), 401: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      await markNotificationRead({
        db: app.db,
        actor: currentUser(request),
        notificationId: request.params.notificationId,
        now: app.now(),
      });
      return reply.code(204).send(null);
    },
  );
};
