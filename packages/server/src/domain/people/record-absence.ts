import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { isCalendarDate, ukToday } from "./calendar-date.ts";
import { findPerson, type PersonView } from "./person-view.ts";

export interface RecordAbsenceProps {
  db: Db;
  organisationId: string;
  actorId: string;
  personId: string;
  /** The last day away, "YYYY-MM-DD" (UK calendar day), today or later. */
  until: string;
  reason: string;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/**
 * Marks someone away until a date. While a line manager is away their reports' access and
 * out-of-hours requests go to the admins, who decide without giving an override reason.
 * Recording it again replaces the dates; the absence simply lapses after its last day.
 */
export async function recordAbsence(props: RecordAbsenceProps): Promise<PersonView> {
  const now = props.now ?? new Date();
  if (!isCalendarDate(props.until) || props.until < ukToday(now)) {
    throw new AppError("validation_failed", "The last day away must be today or later, written YYYY-MM-DD.", {
      details: [{ path: "body.until", message: "must be today or later" }],
    });
  }
  return props.db.transaction().execute(async (trx) => {
    const before = await findPerson(trx, props.organisationId, props.personId);
    if (!before) throw new AppError("not_found", "There is no such person.");
    if (before.status !== "active") throw new AppError("conflict", `${before.name} has left.`);
    await trx
      .updateTable("users")
      .set({ absent_until: props.until, absence_reason: props.reason, updated_at: toTimestamp(now) })
      .where("id", "=", before.id)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: props.organisationId,
      actorId: props.actorId,
      action: "person.absence_recorded",
      subjectType: "user",
      subjectId: before.id,
      before: before.absentUntil ? { absentUntil: before.absentUntil, reason: before.absenceReason } : null,
      after: { absentUntil: props.until, reason: props.reason },
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
    return { ...before, absentUntil: props.until, absenceReason: props.reason };
  });
}
