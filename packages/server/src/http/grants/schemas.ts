import { z } from "zod";
import { GRANT_SCOPES, GRANT_STATES } from "../../db/schema/access-grants.ts";

export const grantSchema = z
  .object({
    id: z.string(),
    state: z.enum(GRANT_STATES),
    account: z.object({ id: z.string(), platform: z.string(), handle: z.string() }),
    employee: z.object({ id: z.string(), name: z.string() }),
    managerId: z.string().nullable(),
    scopes: z.array(z.enum(GRANT_SCOPES)),
    reason: z.string(),
    requestedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    overrideReason: z.string().nullable(),
    activatedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    nextReviewAt: z.string().nullable(),
    lastReviewedAt: z.string().nullable(),
    reviewOverdue: z.boolean(),
    endedAt: z.string().nullable(),
    endReason: z.string().nullable(),
    can: z.object({
      approve: z.boolean(),
      refuse: z.boolean(),
      revoke: z.boolean(),
      review: z.boolean(),
      decideWithOverride: z.boolean(),
    }),
  })
  .meta({ id: "AccessGrant" });

export const requestGrantBodySchema = z.object({
  accountId: z.string().max(64),
  scopes: z.array(z.enum(GRANT_SCOPES)).min(1).max(3),
  reason: z.string().trim().min(1).max(2000),
});
export const decideBodySchema = z.object({
  note: z.string().trim().max(2000).optional(),
  overrideReason: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .describe("Required when an admin decides while the line manager is still in post (e.g. absence)."),
});
export const revokeBodySchema = z.object({ reason: z.string().trim().min(1).max(2000) });
export const reviewGrantBodySchema = z.object({ note: z.string().trim().max(2000).optional() });
export const grantParamsSchema = z.object({ grantId: z.string().max(64) });
export const grantListSchema = z.object({ grants: z.array(grantSchema) });
