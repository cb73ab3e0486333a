import { existsSync } from "node:fs";
import { join, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import { sendError } from "./error-handler.ts";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Postwarden</title></head>
<body>
<h1>Postwarden is running</h1>
<p>The web app has not been built yet. Run <code>npm run build</code> and reload this page.</p>
<p>The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>
`;

/**
 * Serves the built web app with a single-page fallback: a GET for a page (anything that is
 * not `/api/...`, `/health` or a file) returns index.html; everything else not found is JSON.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const hasBuild = existsSync(join(distDir, "index.html"));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: distDir,
      cacheControl: false,
      setHeaders: (reply, path) => {
        // Vite fingerprints everything under assets/, so those can be cached for good.
        const immutable = path.includes(`${sep}assets${sep}`);
        reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    if (!isPageRequest(request)) {
      return sendError(
        reply,
        new AppError("not_found", `There is nothing at ${request.method} ${pathOf(request.url)}.`),
      );
    }
    reply.header("cache-control", "no-cache");
    return hasBuild
      ? reply.sendFile("index.html")
      : reply.type("text/html; charset=utf-8").send(NOT_BUILT_PAGE);
  });
}

function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = pathOf(request.url);
  return !isApiPath(path) && path !== "/health";
}

export function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}

export function pathOf(url: string): string {
  const queryAt = url.indexOf("?");
  return queryAt === -1 ? url : url.slice(0, queryAt);
}
