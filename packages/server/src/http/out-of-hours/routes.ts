import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import type { Actor } from "../../authz/checks.ts";
import { outOfHoursActions, outOfHoursPolicy } from "../../authz/out-of-hours-request.ts";
import { decideOutOfHours } from "../../domain/out-of-hours/decide-out-of-hours.ts";
import { listOutOfHours } from "../../domain/out-of-hours/list-out-of-hours.ts";
import { loadOutOfHoursView, type OutOfHoursView } from "../../domain/out-of-hours/out-of-hours-view.ts";
import { requestOutOfHours } from "../../domain/out-of-hours/request-out-of-hours.ts";
import { withdrawOutOfHours } from "../../domain/out-of-hours/withdraw-out-of-hours.ts";
import { AppError } from "../../errors.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import {
  decideOutOfHoursBodySchema,
  outOfHoursListSchema,
  outOfHoursParamsSchema,
  outOfHoursSchema,
  requestOutOfHoursBodySchema,
} from "./schemas.ts";

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** Out-of-hours ICT use (procedure.5) under /api/out-of-hours. Approvals are logged; nobody is monitored. */
export const outOfHoursRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["out-of-hours"];
  const present = (actor: Actor, view: OutOfHoursView) => {
    const { organisationId: _o, managerAvailable: _m, ...shown } = view;
    return { ...shown, can: outOfHoursActions(actor, view, app.now()) };
  };

  app.get(
    "/api/out-of-hours",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Your requests and your reports' (admins, auditors: all)",
        response: { 200: outOfHoursListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const requests = await listOutOfHours({ db: app.db, actor, now: app.now() });
      return { requests: requests.map((r) => present(actor, r)) };
    },
  );

  app.post(
    "/api/out-of-hours",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Ask, in advance, to use council ICT outside normal hours",
        description:
          "Records the permission only. Postwarden does not track, log or monitor what happens in the window.",
        body: requestOutOfHoursBodySchema,
        response: { 201: outOfHoursSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const view = await requestOutOfHours({
        db: app.db,
        actor,
        startsAt: new Date(request.body.startsAt),
        endsAt: new Date(request.body.endsAt),
        reason: request.body.reason,
        device: request.body.device,
        now: app.now(),
        ip: request.ip,
      });
      return reply.code(201).send(present(actor, view));
    },
  );

  app.get(
    "/api/out-of-hours/:requestId",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "One request",
        params: outOfHoursParamsSchema,
        response: { 200: outOfHoursSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const view = await loadOutOfHoursView(
        app.db,
        actor.organisationId,
        request.params.requestId,
        app.now(),
      );
      if (!outOfHoursPolicy.canRead(actor, view))
        throw new AppError("not_found", "There is no such out-of-hours request.");
      return present(actor, view);
    },
  );

  for (const decision of ["approve", "refuse"] as const) {
    app.post(
      `/api/out-of-hours/:requestId/${decision}`,
      {
        preHandler: requireUser,
        schema: {
          tags,
          summary: `${decision === "approve" ? "Approve" : "Refuse"} before the window starts (the line manager)`,
          params: outOfHoursParamsSchema,
          body: decideOutOfHoursBodySchema,
          response: { 200: outOfHoursSchema, ...errors },
        },
      },
      async (request) => {
        const actor = currentUser(request);
        const view = await decideOutOfHours({
          db: app.db,
          actor,
          requestId: request.params.requestId,
          decision,
          note: request.body.note ?? null,
          overrideReason: request.body.overrideReason ?? null,
          now: app.now(),
          ip: request.ip,
        });
        return present(actor, view);
      },
    );
  }

  app.post(
    "/api/out-of-hours/:requestId/withdraw",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Withdraw your own request",
        params: outOfHoursParamsSchema,
        response: { 200: outOfHoursSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const view = await withdrawOutOfHours({
        db: app.db,
        actor,
        requestId: request.params.requestId,
        now: app.now(),
        ip: request.ip,
      });
      return present(actor, view);
    },
  );
};
