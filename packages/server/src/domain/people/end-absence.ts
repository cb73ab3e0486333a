import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findPerson, type PersonView } from "./person-view.ts";

export interface EndAbsenceProps {
  db: Db;
  organisationId: string;
  actorId: string;
  personId: string;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/** Someone is back early (or was marked away by mistake): their reports' requests go to them again. */
export async function endAbsence(props: EndAbsenceProps): Promise<PersonView> {
  const now = props.now ?? new Date();
  return props.db.transaction().execute(async (trx) => {
    const before = await findPerson(trx, props.organisationId, props.personId);
    if (!before) throw new AppError("not_found", "There is no such person.");
    if (!before.absentUntil) throw new AppError("conflict", `${before.name} is not marked as away.`);
    await trx
      .updateTable("users")
      .set({ absent_until: null, absence_reason: null, updated_at: toTimestamp(now) })
      .where("id", "=", before.id)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: props.organisationId,
      actorId: props.actorId,
      action: "person.absence_ended",
      subjectType: "user",
      subjectId: before.id,
      before: { absentUntil: before.absentUntil, reason: before.absenceReason },
      after: null,
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
    return { ...before, absentUntil: null, absenceReason: null };
  });
}
