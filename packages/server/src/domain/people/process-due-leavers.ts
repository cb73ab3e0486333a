import type { Db } from "../../db/database.ts";
import { ukToday } from "./calendar-date.ts";
import { findPerson } from "./person-view.ts";
import { recordLeaving } from "./record-leaving.ts";

/**
 * Makes leavers of everyone whose recorded leave date has arrived, in every organisation.
 * Run daily just after midnight (and at start-up); returns how many people it processed.
 */
export async function processDueLeavers(props: { db: Db; now?: Date }): Promise<number> {
  const now = props.now ?? new Date();
  const due = await props.db
    .selectFrom("users")
    .select(["id", "organisation_id", "leave_date"])
    .where("status", "=", "active")
    .where("leave_date", "is not", null)
    .where("leave_date", "<=", ukToday(now))
    .execute();
  for (const row of due) {
    await props.db.transaction().execute(async (trx) => {
      const person = await findPerson(trx, row.organisation_id, row.id);
      if (!person || person.status !== "active") return;
      await recordLeaving(trx, { person, leaveDate: row.leave_date as string, actorId: null, now });
    });
  }
  return due.length;
}
