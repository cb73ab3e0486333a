import { z } from "zod";
import { AUDIT_EXPORT_FORMATS } from "../../domain/audit/export-audit-events.ts";
import { MAX_AUDIT_PAGE } from "../../domain/audit/list-audit-events.ts";

export const auditEventSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    actorId: z.string().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    at: z.string(),
    ip: z.string().nullable(),
    device: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: "AuditEvent" });

export const auditQuerySchema = z.object({
  format: z
    .enum(["json", ...AUDIT_EXPORT_FORMATS])
    .default("json")
    .describe("json: one page; jsonl or csv: the whole log as a download"),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).optional(),
  beforeSeq: z.coerce.number().int().min(1).optional().describe("the previous page's nextBeforeSeq"),
  action: z.string().max(100).optional(),
  subjectType: z.string().max(100).optional(),
  subjectId: z.string().max(200).optional(),
  actorId: z.string().max(200).optional(),
});

export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  nextBeforeSeq: z.number().int().nullable(),
  can: z.object({ export: z.boolean() }),
});
