import { z } from "zod";

export const publishBodySchema = z.object({
  pack: z.unknown().describe("A policy pack, validated with parsePolicyPack."),
});
export const publishedSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  publishedAt: z.string(),
  asked: z.number().int(),
});
export const currentPolicySchema = z.object({
  version: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  can: z.object({ acknowledge: z.boolean(), publish: z.boolean(), readCoverage: z.boolean() }),
});
export const acknowledgedSchema = z.object({
  version: z.number().int(),
  acknowledgedAt: z.string(),
  activatedGrantIds: z.array(z.string()),
});
export const coverageSchema = z.object({
  version: z.number().int().nullable(),
  departments: z.array(
    z.object({ department: z.string().nullable(), staff: z.number().int(), acknowledged: z.number().int() }),
  ),
  total: z.object({ staff: z.number().int(), acknowledged: z.number().int() }),
});
