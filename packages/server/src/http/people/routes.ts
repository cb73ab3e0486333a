import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { z } from "zod";
import { authorize, type Actor } from "../../authz/checks.ts";
import { personActions, personPolicy } from "../../authz/person.ts";
import { createPerson } from "../../domain/people/create-person.ts";
import { applyPeopleImport } from "../../domain/people/import/apply-people-import.ts";
import { planPeopleImport } from "../../domain/people/import/plan-people-import.ts";
import { endAbsence } from "../../domain/people/end-absence.ts";
import { leavePerson } from "../../domain/people/leave-person.ts";
import { recordAbsence } from "../../domain/people/record-absence.ts";
import { listPeople } from "../../domain/people/list-people.ts";
import { findPerson, type PersonView } from "../../domain/people/person-view.ts";
import { updatePerson } from "../../domain/people/update-person.ts";
import { resetTwoFactor } from "../../domain/two-factor/reset-two-factor.ts";
import { AppError } from "../../errors.ts";
import { auditContext } from "../audit-context.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import {
  absenceBodySchema,
  createPersonBodySchema,
  importBodySchema,
  importReportSchema,
  leaveBodySchema,
  listPeopleQuerySchema,
  peopleListSchema,
  personParamsSchema,
  personSchema,
  resetTwoFactorBodySchema,
  twoFactorResetSchema,
  updatePersonBodySchema,
} from "./schemas.ts";

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

function present(actor: Actor, person: PersonView) {
  const { organisationId: _organisation, ...shown } = person;
  return { ...shown, can: personActions(actor, person) };
}

/** People and the org chart: `/api/people` for admins, `/api/me/profile` and `/api/me/reports` for all. */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The person, if the caller may read them; otherwise 404, so ids of others reveal nothing. */
  async function readablePerson(actor: Actor & object, id: string): Promise<PersonView> {
    const person = await findPerson(app.db, actor.organisationId, id);
    if (!person || !personPolicy.canRead(actor, person))
      throw new AppError("not_found", "There is no such person.");
    return person;
  }

  app.get(
    "/api/people",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary: "The organisation's people (admins)",
        querystring: listPeopleQuerySchema,
        response: { 200: peopleListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      authorize(personPolicy.canManage(actor, actor), actor);
      const people = await listPeople({ db: app.db, organisationId: actor.organisationId, ...request.query });
      return { people: people.map((p) => present(actor, p)), can: { create: true, import: true } };
    },
  );

  app.post(
    "/api/people",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary: "Add a person to the org chart (admins)",
        body: createPersonBodySchema,
        response: { 201: personSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      authorize(personPolicy.canManage(actor, actor), actor);
      const person = await createPerson({
        db: app.db,
        organisationId: actor.organisationId,
        actorId: actor.id,
        fields: request.body,
        ...auditContext(request),
        now: app.now(),
      });
      return reply.code(201).send(present(actor, person));
    },
  );

  app.get(
    "/api/people/:id",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary: "One person: admins, the person, or their line manager",
        params: personParamsSchema,
        response: { 200: personSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return present(actor, await readablePerson(actor, request.params.id));
    },
  );

  app.patch(
    "/api/people/:id",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary: "Change a person's details, roles or line manager (admins)",
        params: personParamsSchema,
        body: updatePersonBodySchema,
        response: { 200: personSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const person = await readablePerson(actor, request.params.id);
      authorize(personPolicy.canUpdate(actor, person), actor);
      const updated = await updatePerson({
        db: app.db,
        organisationId: actor.organisationId,
        actorId: actor.id,
        personId: person.id,
        changes: request.body,
        ...auditContext(request),
        now: app.now(),
      });
      return present(actor, updated);
    },
  );

  app.post(
    "/api/people/:id/leave",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary: "Record that someone has left: ends their sessions and revokes their grants now (admins)",
        params: personParamsSchema,
        body: leaveBodySchema,
        response: { 200: personSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const person = await readablePerson(actor, request.params.id);
      if (person.status === "left") throw new AppError("conflict", `${person.name} has already left.`);
      authorize(personPolicy.canRecordLeaving(actor, person), actor);
      const left = await leavePerson({
        db: app.db,
        organisationId: actor.organisationId,
        actorId: actor.id,
        personId: person.id,
        leaveDate: request.body?.leaveDate,
        ...auditContext(request),
        now: app.now(),
      });
      return present(actor, left);
    },
  );

  app.put(
    "/api/people/:id/absence",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary:
          "Mark someone away until a date: while a line manager is away, admins decide their reports' requests (admins)",
        params: personParamsSchema,
        body: absenceBodySchema,
        response: { 200: personSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const person = await readablePerson(actor, request.params.id);
      authorize(personPolicy.canRecordAbsence(actor, person), actor);
      const updated = await recordAbsence({
        db: app.db,
        organisationId: actor.organisationId,
        actorId: actor.id,
        personId: person.id,
        until: request.body.until,
        reason: request.body.reason,
        ...auditContext(request),
        now: app.now(),
      });
      return present(actor, updated);
    },
  );

  app.delete(
    "/api/people/:id/absence",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary: "Someone is back: their reports' requests go to them again (admins)",
        params: personParamsSchema,
        response: { 200: personSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const person = await readablePerson(actor, request.params.id);
      authorize(personPolicy.canRecordAbsence(actor, person), actor);
      const updated = await endAbsence({
        db: app.db,
        organisationId: actor.organisationId,
        actorId: actor.id,
        personId: person.id,
        ...auditContext(request),
        now: app.now(),
      });
      return present(actor, updated);
    },
  );

  app.post(
    "/api/people/:id/two-factor/reset",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary:
          "Turn off someone's two-factor sign-in after they lost their app and recovery codes; signs them out everywhere (admins, not for themselves)",
        params: personParamsSchema,
        body: resetTwoFactorBodySchema,
        response: { 200: twoFactorResetSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request) => {
      return resetTwoFactor({
        db: app.db,
        actor: currentUser(request),
        personId: request.params.id,
        reason: request.body.reason,
        ...auditContext(request),
        now: app.now(),
      });
    },
  );

  app.post(
    "/api/people/import/preview",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary: "Check a people CSV and say what importing it would do; changes nothing (admins)",
        body: importBodySchema,
        response: { 200: importReportSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      authorize(personPolicy.canManage(actor, actor), actor);
      const { report } = await planPeopleImport({
        db: app.db,
        organisationId: actor.organisationId,
        csv: request.body.csv,
        now: app.now(),
      });
      return report;
    },
  );

  app.post(
    "/api/people/import",
    {
      preHandler: requireUser,
      schema: {
        tags: ["people"],
        summary: "Import a people CSV: all rows or, if any has an error, none (admins)",
        body: importBodySchema,
        response: { 200: importReportSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      authorize(personPolicy.canManage(actor, actor), actor);
      return applyPeopleImport({
        db: app.db,
        organisationId: actor.organisationId,
        actorId: actor.id,
        csv: request.body.csv,
        ...auditContext(request),
        now: app.now(),
      });
    },
  );

  app.get(
    "/api/me/profile",
    {
      preHandler: requireUser,
      schema: {
        tags: ["me"],
        summary: "Your own record in the org chart",
        response: { 200: personSchema, 401: errorBodySchema },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return present(actor, await readablePerson(actor, actor.id));
    },
  );

  app.get(
    "/api/me/reports",
    {
      preHandler: requireUser,
      schema: {
        tags: ["me"],
        summary: "The people who report to you (empty unless you manage someone)",
        response: { 200: z.object({ people: z.array(personSchema) }), 401: errorBodySchema },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const reports = await listPeople({
        db: app.db,
        organisationId: actor.organisationId,
        lineManagerId: actor.id,
      });
      return { people: reports.map((p) => present(actor, p)) };
    },
  );
};
