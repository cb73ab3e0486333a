import swagger from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "@fastify/type-provider-zod";
import type { FastifyInstance } from "fastify";

/** Collects every route's zod schemas into an OpenAPI 3 document. Register before the routes. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Postwarden API",
        description:
          "Errors answer `{ error: { code, message, details? } }`. State-changing requests send the " +
          "`x-csrf-token` header equal to the `pw_csrf` cookie (from GET /api/auth/session).",
        version: "0.1.0",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "pw_session" } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
}

/** `GET /api/openapi.json`. Registered after the routes are known. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
