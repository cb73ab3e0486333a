import type { Db } from "../../db/database.ts";
import { auditEventView, type AuditEventView } from "./audit-event-view.ts";

export interface ListAuditEventsProps {
  db: Db;
  organisationId: string;
  /** Newest first; pass the previous page's `nextBeforeSeq` to read on. */
  beforeSeq?: number | undefined;
  limit?: number | undefined;
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  actorId?: string | undefined;
}

export interface AuditEventPage {
  events: AuditEventView[];
  /** The cursor for the next (older) page, or null on the last page. */
  nextBeforeSeq: number | null;
}

export const MAX_AUDIT_PAGE = 200;

/** One page of an organisation's audit events, newest first, optionally filtered. */
export async function listAuditEvents(props: ListAuditEventsProps): Promise<AuditEventPage> {
  const limit = Math.min(Math.max(props.limit ?? 50, 1), MAX_AUDIT_PAGE);
  let query = props.db
    .selectFrom("audit_events")
    .selectAll()
    .where("organisation_id", "=", props.organisationId);
  if (props.beforeSeq !== undefined) query = query.where("seq", "<", props.beforeSeq);
  if (props.action) query = query.where("action", "=", props.action);
  if (props.subjectType) query = query.where("subject_type", "=", props.subjectType);
  if (props.subjectId) query = query.where("subject_id", "=", props.subjectId);
  if (props.actorId) query = query.where("actor_id", "=", props.actorId);
  const rows = await query
    .orderBy("seq", "desc")
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map(auditEventView),
    nextBeforeSeq: rows.length > limit && last ? Number(last.seq) : null,
  };
}
