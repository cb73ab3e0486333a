import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { accessGrantActions, accessGrantPolicy } from "../../authz/access-grant.ts";
import type { Actor } from "../../authz/checks.ts";
import { AppError } from "../../errors.ts";
import { decideGrant } from "../../domain/grants/decide-grant.ts";
import { loadGrantView, type GrantView } from "../../domain/grants/grant-view.ts";
import { listGrants } from "../../domain/grants/list-grants.ts";
import { requestGrant } from "../../domain/grants/request-grant.ts";
import { reviewGrant } from "../../domain/grants/review-grant.ts";
import { revokeGrant } from "../../domain/grants/revoke-grant.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import {
  decideBodySchema,
  grantListSchema,
  grantParamsSchema,
  grantSchema,
  requestGrantBodySchema,
  reviewGrantBodySchema,
  revokeBodySchema,
} from "./schemas.ts";

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

function presentGrant(actor: Actor, grant: GrantView) {
  const { organisationId: _o, userId: _u, managerAvailable: _m, ...shown } = grant;
  return { ...shown, can: accessGrantActions(actor, grant) };
}

/** Channel access grants (procedure.3) under /api/grants. */
export const grantRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["grants"];

  app.get(
    "/api/grants",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Your grants, your reports' grants, and (admins, auditors) everyone's",
        response: { 200: grantListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const grants = await listGrants({ db: app.db, actor, now: app.now() });
      return { grants: grants.map((g) => presentGrant(actor, g)) };
    },
  );

  app.post(
    "/api/grants",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Ask for access to a council account",
        body: requestGrantBodySchema,
        response: { 201: grantSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const grant = await requestGrant({
        db: app.db,
        actor,
        ...request.body,
        now: app.now(),
        ip: request.ip,
      });
      return reply.code(201).send(presentGrant(actor, grant));
    },
  );

  app.get(
    "/api/grants/:grantId",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "One grant",
        params: grantParamsSchema,
        response: { 200: grantSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const grant = await loadGrantView(app.db, actor.organisationId, request.params.grantId, app.now());
      if (!accessGrantPolicy.canRead(actor, grant))
        throw new AppError("not_found", "There is no such access grant.");
      return presentGrant(actor, grant);
    },
  );

  for (const decision of ["approve", "refuse"] as const) {
    app.post(
      `/api/grants/:grantId/${decision}`,
      {
        preHandler: requireUser,
        schema: {
          tags,
          summary:
            decision === "approve"
              ? "Approve a request (the employee's line manager; an admin when the manager has left or with an override reason)"
              : "Refuse a request (the same people)",
          params: grantParamsSchema,
          body: decideBodySchema,
          response: { 200: grantSchema, ...errors },
        },
      },
      async (request) => {
        const actor = currentUser(request);
        const grant = await decideGrant({
          db: app.db,
          actor,
          grantId: request.params.grantId,
          decision,
          note: request.body.note ?? null,
          overrideReason: request.body.overrideReason ?? null,
          now: app.now(),
          ip: request.ip,
        });
        return presentGrant(actor, grant);
      },
    );
  }

  app.post(
    "/api/grants/:grantId/revoke",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Withdraw access (manager, admin, or the employee)",
        params: grantParamsSchema,
        body: revokeBodySchema,
        response: { 200: grantSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const grant = await revokeGrant({
        db: app.db,
        actor,
        grantId: request.params.grantId,
        reason: request.body.reason,
        now: app.now(),
        ip: request.ip,
      });
      return presentGrant(actor, grant);
    },
  );

  app.post(
    "/api/grants/:grantId/review",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Record the six-monthly review (manager or admin)",
        params: grantParamsSchema,
        body: reviewGrantBodySchema,
        response: { 200: grantSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const grant = await reviewGrant({
        db: app.db,
        actor,
        grantId: request.params.grantId,
        note: request.body.note ?? null,
        now: app.now(),
        ip: request.ip,
      });
      return presentGrant(actor, grant);
    },
  );
};
