import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { ukToday } from "./calendar-date.ts";
import { checkLineManager } from "./check-line-manager.ts";
import { checkDateOrder, parseOrThrow, personFieldsSchema, type PersonFieldsInput } from "./person-fields.ts";
import { findPerson, type PersonView } from "./person-view.ts";
import { recordLeaving } from "./record-leaving.ts";

export interface UpdatePersonProps {
  db: Db;
  organisationId: string;
  actorId: string | null;
  personId: string;
  /** Only the fields given change. */
  changes: Partial<PersonFieldsInput>;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/**
 * Changes a person's details, roles or place in the org chart. A leave date of today or
 * earlier makes them a leaver at once (sessions ended, grants revoked); clearing it, or
 * moving it into the future, brings back someone who had left.
 */
export async function updatePerson(props: UpdatePersonProps): Promise<PersonView> {
  const { db, organisationId, personId } = props;
  const now = props.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const before = await findPerson(trx, organisationId, personId);
    if (!before) throw new AppError("not_found", "There is no such person.");
    const fields = parseOrThrow(
      personFieldsSchema,
      {
        email: before.email,
        name: before.name,
        roles: before.roles,
        department: before.department,
        lineManagerId: before.lineManagerId,
        jobTitle: before.jobTitle,
        startDate: before.startDate,
        leaveDate: before.leaveDate,
        ...props.changes,
      },
      "person",
    );
    checkDateOrder(fields);
    if (fields.email !== before.email) {
      const taken = await trx
        .selectFrom("users")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .where("email", "=", fields.email)
        .executeTakeFirst();
      if (taken)
        throw new AppError("conflict", `Someone with the email ${fields.email} is already on record.`);
    }
    if (fields.lineManagerId !== before.lineManagerId) {
      await checkLineManager(trx, organisationId, personId, fields.lineManagerId);
    }
    const leavingNow = fields.leaveDate !== null && fields.leaveDate <= ukToday(now);
    await trx
      .updateTable("users")
      .set({
        email: fields.email,
        name: fields.name,
        department: fields.department,
        line_manager_id: fields.lineManagerId,
        job_title: fields.jobTitle,
        start_date: fields.startDate,
        leave_date: fields.leaveDate,
        // Leaving is recorded below, with its own event; here only a return is handled.
        status: before.status === "left" && !leavingNow ? "active" : before.status,
        updated_at: toTimestamp(now),
      })
      .where("organisation_id", "=", organisationId)
      .where("id", "=", personId)
      .execute();
    if (fields.roles.join() !== before.roles.join()) {
      await trx.deleteFrom("user_roles").where("user_id", "=", personId).execute();
      await trx
        .insertInto("user_roles")
        .values(fields.roles.map((role) => ({ user_id: personId, role })))
        .execute();
    }
    let after = (await findPerson(trx, organisationId, personId)) as PersonView;
    await recordAuditEvent(trx, {
      organisationId,
      actorId: props.actorId,
      action: "person.updated",
      subjectType: "user",
      subjectId: personId,
      before,
      after,
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
    if (leavingNow && before.status === "active") {
      after = await recordLeaving(trx, {
        person: after,
        leaveDate: fields.leaveDate as string,
        actorId: props.actorId,
        ip: props.ip,
        device: props.device,
        now,
      });
    }
    return after;
  });
}
