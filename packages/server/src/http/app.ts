import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import { serializerCompiler, validatorCompiler } from "@fastify/type-provider-zod";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from "fastify";
import type { AppConfig } from "../config.ts";
import type { Db } from "../db/database.ts";
import { AppError } from "../errors.ts";
import { auditRoutes } from "./audit/routes.ts";
import { TableQueue } from "../jobs/table-queue.ts";
import type { JobQueue } from "../jobs/queue.ts";
import { accountRoutes } from "./accounts/routes.ts";
import { vaultRoutes } from "./vault/routes.ts";
import { grantRoutes } from "./grants/routes.ts";
import { outOfHoursRoutes } from "./out-of-hours/routes.ts";
import { policyRoutes } from "./policy/routes.ts";
import { notificationRoutes } from "./notifications/routes.ts";
import { peopleRoutes } from "./people/routes.ts";
import { sessionRoutes } from "./sessions/routes.ts";
import { ssoRoutes } from "./sso/routes.ts";
import { registerTwoFactorEnrolment } from "./two-factor/enforce-enrolment.ts";
import { twoFactorRoutes } from "./two-factor/routes.ts";
import { authRoutes } from "./auth/routes.ts";
import { registerAuthentication } from "./authenticate.ts";
import { registerCsrfProtection } from "./csrf.ts";
import { registerErrorHandling } from "./error-handler.ts";
import { healthRoutes } from "./health/routes.ts";
import { registerJsonBodyParser } from "./json-body-parser.ts";
import { meRoutes } from "./me/routes.ts";
import { registerOpenApi, registerOpenApiRoute } from "./openapi.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import "./types.ts";
import { registerWebApp } from "./web-app.ts";

export interface BuildAppOptions {
  db: Db;
  config: AppConfig;
  /** A pino logger, usually from createLogger(). */
  logger: FastifyBaseLogger;
  /** The clock; defaults to the system time. */
  now?: () => Date;
  /** Where routes enqueue jobs; by default the jobs table, run by whichever process starts workers. */
  jobs?: JobQueue;
  /** Told of every route as it is registered; the authorization matrix test lists routes with it. */
  onRoute?: (route: RouteOptions) => void;
}

export type App = FastifyInstance;

/**
 * The HTTP application, ready for `inject()` or `listen()`. Adding an area: a folder under
 * http/ with `routes.ts` (a FastifyPluginAsyncZod) and `schemas.ts`, registered below.
 */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { config } = options;
  const app = Fastify({
    loggerInstance: options.logger,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    // Request ids are made here, not taken from a client header, so log lines can be trusted.
    requestIdHeader: false,
  });

  if (options.onRoute) app.addHook("onRoute", options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("db", options.db);
  app.decorate("config", config);
  app.decorate("now", options.now ?? (() => new Date()));
  app.decorate("jobs", options.jobs ?? new TableQueue(options.db));

  registerErrorHandling(app);
  registerJsonBodyParser(app);
  await registerSecurityHeaders(app);
  await app.register(cookie, { secret: config.secretKey });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new AppError("rate_limited", "Too many requests. Wait a minute and try again."),
  });
  registerCsrfProtection(app);
  registerAuthentication(app);
  registerTwoFactorEnrolment(app);
  await registerOpenApi(app);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(auditRoutes);
  await app.register(peopleRoutes);
  await app.register(twoFactorRoutes);
  await app.register(sessionRoutes);
  await app.register(ssoRoutes);
  await app.register(accountRoutes);
  await app.register(vaultRoutes);
  await app.register(grantRoutes);
  await app.register(outOfHoursRoutes);
  await app.register(policyRoutes);
  await app.register(notificationRoutes);
  registerOpenApiRoute(app);

  await registerWebApp(app, config.webDistDir);
  return app;
}
