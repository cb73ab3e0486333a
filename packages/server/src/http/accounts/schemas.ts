import { z } from "zod";
import { PLATFORMS, TWO_FACTOR_STATUSES } from "../../db/schema/accounts.ts";

const personRef = z.object({ id: z.string(), name: z.string() });
const recoveryContact = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).nullable().default(null),
  phone: z.string().trim().max(40).nullable().default(null),
});
const secretStatus = z.object({ hasSecret: z.boolean(), updatedAt: z.string().nullable() });

export const accountSchema = z
  .object({
    id: z.string(),
    platform: z.enum(PLATFORMS),
    handle: z.string(),
    displayName: z.string(),
    url: z.string().nullable(),
    owner: personRef.nullable(),
    admins: z.array(personRef),
    recoveryContacts: z.array(recoveryContact).describe("Only shown to admins; empty for everyone else."),
    twoFactor: z.enum(TWO_FACTOR_STATUSES),
    lastAccessReviewAt: z.string().nullable(),
    reviewIntervalDays: z.number().int(),
    reviewDueAt: z.string(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    secrets: z
      .object({ api_token: secretStatus, shared_password: secretStatus })
      .describe("Whether a secret is stored, never the secret."),
    can: z.object({
      update: z.boolean(),
      archive: z.boolean(),
      recordReview: z.boolean(),
      manageSecrets: z.boolean(),
    }),
  })
  .meta({ id: "Account" });

export const accountFieldsSchema = z.object({
  platform: z.enum(PLATFORMS),
  handle: z.string().trim().min(1).max(200),
  displayName: z.string().trim().min(1).max(200),
  url: z.url().max(2000).nullable().optional(),
  ownerId: z.string().max(64).nullable().optional(),
  adminIds: z.array(z.string().max(64)).max(50).optional(),
  recoveryContacts: z.array(recoveryContact).max(20).optional(),
  twoFactor: z.enum(TWO_FACTOR_STATUSES).optional(),
  reviewIntervalDays: z.number().int().min(1).max(3650).optional(),
});

export const updateAccountBodySchema = accountFieldsSchema.partial();
export const accountParamsSchema = z.object({ accountId: z.string().max(64) });
export const listAccountsQuerySchema = z.object({
  includeArchived: z.enum(["true", "false"]).optional(),
  reviewDue: z.enum(["true", "false"]).optional().describe("Only accounts whose access review is due now."),
});
export const accountListSchema = z.object({
  accounts: z.array(accountSchema),
  can: z.object({ create: z.boolean() }),
});
export const reviewBodySchema = z.object({ note: z.string().trim().min(1).max(2000) });
