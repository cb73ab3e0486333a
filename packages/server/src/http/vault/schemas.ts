import { z } from "zod";
import { SECRET_KINDS } from "../../db/schema/account-secrets.ts";

export const secretParamsSchema = z.object({ accountId: z.string().max(64), kind: z.enum(SECRET_KINDS) });
export const setSecretBodySchema = z.object({
  value: z
    .string()
    .min(1)
    .max(8192)
    .describe("The token or password. Write-only: no response ever contains it."),
});
export const secretStatusSchema = z
  .object({ kind: z.enum(SECRET_KINDS), hasSecret: z.boolean(), updatedAt: z.string().nullable() })
  .meta({ id: "SecretStatus" });

export const checkoutSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    userId: z.string(),
    reason: z.string(),
    checkedOutAt: z.string(),
    expiresAt: z.string(),
    endedAt: z.string().nullable(),
    endReason: z.string().nullable(),
    can: z.object({ checkIn: z.boolean() }),
  })
  .meta({ id: "CredentialCheckout" });

export const checkoutBodySchema = z.object({
  reason: z.string().trim().min(1).max(1000),
  minutes: z.number().int().min(1).max(240).optional().describe("How long to hold the login; 30 by default."),
});
export const checkoutResponseSchema = z.object({
  checkout: checkoutSchema,
  password: z.string().describe("The shared password, revealed once here and nowhere else."),
});
export const accountParamsSchema = z.object({ accountId: z.string().max(64) });
export const checkoutParamsSchema = z.object({ checkoutId: z.string().max(64) });
