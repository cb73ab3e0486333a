import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { policyPolicy } from "../../authz/policy.ts";
import { acknowledgePolicy } from "../../domain/policy/acknowledge-policy.ts";
import { currentPolicyVersion } from "../../domain/policy/current-policy-version.ts";
import { policyCoverage } from "../../domain/policy/policy-coverage.ts";
import { publishPolicy } from "../../domain/policy/publish-policy.ts";
import { auditContext } from "../audit-context.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import {
  acknowledgedSchema,
  coverageSchema,
  currentPolicySchema,
  publishBodySchema,
  publishedSchema,
} from "./schemas.ts";

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

/** Policy versions and acknowledgements under /api/policy. */
export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["policy"];

  app.get(
    "/api/policy/current",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "The current policy version and whether you have acknowledged it",
        response: { 200: currentPolicySchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const current = await currentPolicyVersion(app.db, actor.organisationId);
      const ack = current
        ? await app.db
            .selectFrom("policy_acknowledgements")
            .select("acknowledged_at")
            .where("policy_version_id", "=", current.id)
            .where("user_id", "=", actor.id)
            .executeTakeFirst()
        : undefined;
      return {
        version: current?.version ?? null,
        publishedAt: current?.published_at ?? null,
        acknowledgedAt: ack?.acknowledged_at ?? null,
        can: {
          acknowledge: Boolean(current) && !ack && policyPolicy.canAcknowledge(actor, actor),
          publish: policyPolicy.canPublish(actor, actor),
          readCoverage: policyPolicy.canReadCoverage(actor, actor),
        },
      };
    },
  );

  app.post(
    "/api/policy/versions",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Publish a new policy version from a policy pack (admins)",
        body: publishBodySchema,
        response: { 201: publishedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const published = await publishPolicy({
        db: app.db,
        actor,
        pack: request.body.pack,
        now: app.now(),
        ip: request.ip,
      });
      return reply.code(201).send(published);
    },
  );

  app.post(
    "/api/policy/current/acknowledge",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Confirm you have read the current policy version",
        response: { 200: acknowledgedSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const context = auditContext(request);
      return acknowledgePolicy({ db: app.db, actor, now: app.now(), ip: context.ip, device: context.device });
    },
  );

  app.get(
    "/api/policy/coverage",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Acknowledgement of the current version per department (admins, auditors)",
        response: { 200: coverageSchema, ...errors },
      },
    },
    async (request) => policyCoverage({ db: app.db, actor: currentUser(request) }),
  );
};
