import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { accountActions, accountPolicy } from "../../authz/account.ts";
import type { Actor } from "../../authz/checks.ts";
import type { AccountView } from "../../domain/accounts/account-view.ts";
import { loadAccountView } from "../../domain/accounts/account-view.ts";
import { archiveAccount } from "../../domain/accounts/archive-account.ts";
import { createAccount } from "../../domain/accounts/create-account.ts";
import { listAccounts } from "../../domain/accounts/list-accounts.ts";
import { recordAccessReview } from "../../domain/accounts/record-access-review.ts";
import { updateAccount } from "../../domain/accounts/update-account.ts";
import { authorize } from "../../authz/checks.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import {
  accountFieldsSchema,
  accountListSchema,
  accountParamsSchema,
  accountSchema,
  listAccountsQuerySchema,
  reviewBodySchema,
  updateAccountBodySchema,
} from "./schemas.ts";

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

export function presentAccount(actor: Actor, account: AccountView) {
  const { organisationId: _organisation, ...shown } = account;
  const contacts = accountPolicy.canSeeRecoveryContacts(actor, account) ? shown.recoveryContacts : [];
  return { ...shown, recoveryContacts: contacts, can: accountActions(actor, account) };
}

/** The account register (procedure.1) under /api/accounts. */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["accounts"];

  app.get(
    "/api/accounts",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "The register of council accounts (everyone in the organisation; never secrets)",
        querystring: listAccountsQuerySchema,
        response: { 200: accountListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const accounts = await listAccounts({
        db: app.db,
        actor,
        includeArchived: request.query.includeArchived === "true",
        ...(request.query.reviewDue === "true" ? { reviewDueBy: app.now() } : {}),
      });
      return {
        accounts: accounts.map((a) => presentAccount(actor, a)),
        can: { create: accountPolicy.canCreate(actor, actor) },
      };
    },
  );

  app.post(
    "/api/accounts",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Add an account to the register (admins)",
        body: accountFieldsSchema,
        response: { 201: accountSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const account = await createAccount({
        db: app.db,
        actor,
        fields: request.body,
        now: app.now(),
        ip: request.ip,
      });
      return reply.code(201).send(presentAccount(actor, account));
    },
  );

  app.get(
    "/api/accounts/:accountId",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "One account",
        params: accountParamsSchema,
        response: { 200: accountSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const account = await loadAccountView(app.db, actor.organisationId, request.params.accountId);
      authorize(accountPolicy.canRead(actor, account), actor);
      return presentAccount(actor, account);
    },
  );

  app.patch(
    "/api/accounts/:accountId",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Change an account's details, owner, admins or recovery contacts (admins)",
        params: accountParamsSchema,
        body: updateAccountBodySchema,
        response: { 200: accountSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const account = await updateAccount({
        db: app.db,
        actor,
        accountId: request.params.accountId,
        changes: request.body,
        now: app.now(),
        ip: request.ip,
      });
      return presentAccount(actor, account);
    },
  );

  app.post(
    "/api/accounts/:accountId/archive",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Take an account off the register; its stored secrets are destroyed (admins)",
        params: accountParamsSchema,
        response: { 200: accountSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const account = await archiveAccount({
        db: app.db,
        actor,
        accountId: request.params.accountId,
        now: app.now(),
        ip: request.ip,
      });
      return presentAccount(actor, account);
    },
  );

  app.post(
    "/api/accounts/:accountId/access-review",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Record an access review of the account (admins)",
        params: accountParamsSchema,
        body: reviewBodySchema,
        response: { 200: accountSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const account = await recordAccessReview({
        db: app.db,
        actor,
        accountId: request.params.accountId,
        note: request.body.note,
        now: app.now(),
        ip: request.ip,
      });
      return presentAccount(actor, account);
    },
  );
};
