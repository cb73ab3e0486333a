import { z } from "zod";

export const ssoStartParamsSchema = z.object({
  org: z.string().max(100).describe("the organisation's slug"),
});

export const ssoCallbackQuerySchema = z
  .object({
    state: z.string().max(500).optional(),
    code: z.string().max(4000).optional(),
    error: z.string().max(200).optional(),
  })
  .passthrough();

export const ssoConfigSchema = z
  .object({
    configured: z.boolean(),
    issuer: z.string().nullable(),
    clientId: z.string().nullable(),
    allowedEmailDomain: z.string().nullable(),
    can: z.object({ update: z.boolean() }),
  })
  .meta({ id: "SsoConfig" });

export const ssoConfigBodySchema = z.object({
  issuer: z
    .string()
    .max(500)
    .describe("the provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0"),
  clientId: z.string().max(500),
  clientSecret: z.string().max(2000).describe("stored encrypted; never shown again"),
  allowedEmailDomain: z.string().max(253),
});
