import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { revokeGrantsForLeaver } from "../grants/revoke-grants-for-leaver.ts";
import type { PersonView } from "./person-view.ts";

export interface RecordLeavingProps {
  person: PersonView;
  leaveDate: string;
  actorId: string | null;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now: Date;
}

/**
 * Marks a person as left, inside the caller's transaction: every session and pending sign-in
 * ends at once and their channel grants are revoked the same day (procedure.3).
 */
export async function recordLeaving(trx: Db, props: RecordLeavingProps): Promise<PersonView> {
  const { person, now } = props;
  await trx
    .updateTable("users")
    .set({ status: "left", leave_date: props.leaveDate, updated_at: toTimestamp(now) })
    .where("organisation_id", "=", person.organisationId)
    .where("id", "=", person.id)
    .execute();
  const ended = await trx.deleteFrom("sessions").where("user_id", "=", person.id).executeTakeFirst();
  await trx.deleteFrom("pending_sign_ins").where("user_id", "=", person.id).execute();
  await revokeGrantsForLeaver(trx, {
    organisationId: person.organisationId,
    userId: person.id,
    actorId: props.actorId,
    now,
  });
  const after: PersonView = { ...person, status: "left", leaveDate: props.leaveDate };
  await recordAuditEvent(trx, {
    organisationId: person.organisationId,
    actorId: props.actorId,
    action: "person.left",
    subjectType: "user",
    subjectId: person.id,
    before: { status: person.status, leaveDate: person.leaveDate },
    after: { status: "left", leaveDate: props.leaveDate, sessionsEnded: Number(ended.numDeletedRows) },
    ip: props.ip ?? null,
    device: props.device ?? null,
    at: now,
  });
  return after;
}
