import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { z } from "zod";
import type { Actor } from "../../authz/checks.ts";
import { credentialPolicy } from "../../authz/credential.ts";
import { keySourceOf, loadKeyring } from "../../crypto/keyring.ts";
import { checkInCredential } from "../../domain/vault/check-in-credential.ts";
import { checkOutCredential } from "../../domain/vault/check-out-credential.ts";
import type { CheckoutView } from "../../domain/vault/checkout-view.ts";
import { deleteAccountSecret } from "../../domain/vault/delete-account-secret.ts";
import { setAccountSecret } from "../../domain/vault/set-account-secret.ts";
import { auditContext } from "../audit-context.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import {
  accountParamsSchema,
  checkoutBodySchema,
  checkoutParamsSchema,
  checkoutResponseSchema,
  checkoutSchema,
  secretParamsSchema,
  secretStatusSchema,
  setSecretBodySchema,
} from "./schemas.ts";

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

function presentCheckout(actor: Actor, checkout: CheckoutView) {
  const { organisationId: _organisation, ...shown } = checkout;
  return { ...shown, can: { checkIn: credentialPolicy.canCheckIn(actor, checkout) && !checkout.endedAt } };
}

/**
 * The credential vault (procedure.9.a). Secrets go in and never come out, except a shared
 * password in the response to a check-out. Tokens for connectors are never revealed.
 */
export const vaultRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ["vault"];
  const keyring = () => loadKeyring(keySourceOf(app.config));

  app.put(
    "/api/accounts/:accountId/secrets/:kind",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Store or replace the account's API token or shared password (admins; write-only)",
        params: secretParamsSchema,
        body: setSecretBodySchema,
        response: { 200: secretStatusSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const status = await setAccountSecret({
        db: app.db,
        keyring: keyring(),
        actor,
        accountId: request.params.accountId,
        kind: request.params.kind,
        value: request.body.value,
        now: app.now(),
        ip: request.ip,
      });
      return { kind: request.params.kind, ...status };
    },
  );

  app.delete(
    "/api/accounts/:accountId/secrets/:kind",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Destroy a stored secret (admins)",
        params: secretParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      await deleteAccountSecret({
        db: app.db,
        actor,
        accountId: request.params.accountId,
        kind: request.params.kind,
        now: app.now(),
        ip: request.ip,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/accounts/:accountId/checkouts",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Check out the account's shared login (staff with an active grant on it)",
        description:
          "The response carries the password once. The check-out ends by itself after `minutes` (30 by default) or when checked in.",
        params: accountParamsSchema,
        body: checkoutBodySchema,
        response: { 201: checkoutResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const context = auditContext(request);
      const { checkout, password } = await checkOutCredential({
        db: app.db,
        keyring: keyring(),
        queue: app.jobs,
        actor,
        accountId: request.params.accountId,
        reason: request.body.reason,
        ...(request.body.minutes ? { minutes: request.body.minutes } : {}),
        now: app.now(),
        ip: context.ip,
        device: context.device,
      });
      reply.header("cache-control", "no-store");
      return reply.code(201).send({ checkout: presentCheckout(actor, checkout), password });
    },
  );

  app.post(
    "/api/checkouts/:checkoutId/check-in",
    {
      preHandler: requireUser,
      schema: {
        tags,
        summary: "Check a shared login back in early (the holder, or an admin)",
        params: checkoutParamsSchema,
        response: { 200: checkoutSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const checkout = await checkInCredential({
        db: app.db,
        actor,
        checkoutId: request.params.checkoutId,
        now: app.now(),
        ip: request.ip,
      });
      return presentCheckout(actor, checkout);
    },
  );
};
