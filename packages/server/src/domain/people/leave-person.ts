import type { Db } from "../../db/database.ts";
import { AppError } from "../../errors.ts";
import { isCalendarDate, ukToday } from "./calendar-date.ts";
import { findPerson, type PersonView } from "./person-view.ts";
import { recordLeaving } from "./record-leaving.ts";

export interface LeavePersonProps {
  db: Db;
  organisationId: string;
  actorId: string | null;
  personId: string;
  /** Defaults to today; a future date is refused (set it with updatePerson instead). */
  leaveDate?: string | undefined;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/** Records that someone has left, today or earlier: sessions end and grants go at once. */
export async function leavePerson(props: LeavePersonProps): Promise<PersonView> {
  const now = props.now ?? new Date();
  const today = ukToday(now);
  const leaveDate = props.leaveDate ?? today;
  if (!isCalendarDate(leaveDate) || leaveDate > today) {
    throw new AppError("validation_failed", "The leave date must be today or earlier, written YYYY-MM-DD.", {
      details: [{ path: "leaveDate", message: "must be today or earlier" }],
    });
  }
  return props.db.transaction().execute(async (trx) => {
    const person = await findPerson(trx, props.organisationId, props.personId);
    if (!person) throw new AppError("not_found", "There is no such person.");
    if (person.status === "left") throw new AppError("conflict", `${person.name} has already left.`);
    return recordLeaving(trx, {
      person,
      leaveDate,
      actorId: props.actorId,
      ip: props.ip,
      device: props.device,
      now,
    });
  });
}
