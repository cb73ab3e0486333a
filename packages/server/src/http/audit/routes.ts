import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "@fastify/type-provider-zod";
import { z } from "zod";
import { auditEventPolicy, auditLogActions } from "../../authz/audit-event.ts";
import { authorize } from "../../authz/checks.ts";
import { exportAuditEvents } from "../../domain/audit/export-audit-events.ts";
import { listAuditEvents } from "../../domain/audit/list-audit-events.ts";
import { recordAuditEvent } from "../../domain/audit/record-audit-event.ts";
import { currentUser, requireUser } from "../authenticate.ts";
import { errorBodySchema } from "../schemas.ts";
import { auditPageSchema, auditQuerySchema } from "./schemas.ts";

const CONTENT_TYPES = { jsonl: "application/x-ndjson; charset=utf-8", csv: "text/csv; charset=utf-8" };

/** `GET /api/audit-events`: the organisation's audit log, a page at a time or as a download. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/audit-events",
    {
      preHandler: requireUser,
      schema: {
        tags: ["audit"],
        summary: "The audit log, newest first; format=jsonl or csv downloads all of it, oldest first",
        querystring: auditQuerySchema,
        response: {
          200: auditPageSchema.or(z.string().describe("JSON Lines or CSV")),
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const { format, ...filters } = request.query;
      if (format === "json") {
        authorize(auditEventPolicy.canRead(actor), actor);
        const page = await listAuditEvents({ db: app.db, organisationId: actor.organisationId, ...filters });
        return { ...page, can: auditLogActions(actor) };
      }
      authorize(auditEventPolicy.canExport(actor), actor);
      // Exporting the record is itself recorded: who took a copy, when and from where.
      await recordAuditEvent(app.db, {
        organisationId: actor.organisationId,
        actorId: actor.id,
        action: "audit.exported",
        subjectType: "audit_log",
        subjectId: actor.organisationId,
        after: { format },
        ip: request.ip,
        device: request.headers["user-agent"] ?? null,
        at: app.now(),
      });
      const stamp = app.now().toISOString().slice(0, 10);
      reply
        .type(CONTENT_TYPES[format])
        .header("content-disposition", `attachment; filename="audit-log-${stamp}.${format}"`);
      const lines = Readable.from(
        exportAuditEvents({ db: app.db, organisationId: actor.organisationId, format }),
      );
      // Streamed, not serialised: the schema's string documents the text the stream carries.
      return reply.send(lines as unknown as string);
    },
  );
};
