import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { z } from "zod";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema, presentUser, userSchema } from "../schemas.ts";

/** `GET /api/me`: the signed-in user. */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/me",
    {
      preHandler: requireUser,
      schema: {
        tags: ["me"],
        summary: "The signed-in user",
        response: { 200: z.object({ user: userSchema }), 401: errorBodySchema },
      },
    },
    async (request) => ({ user: presentUser(currentUser(request)) }),
  );
};
