import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { ukToday } from "./calendar-date.ts";
import { checkLineManager } from "./check-line-manager.ts";
import { checkDateOrder, parseOrThrow, personFieldsSchema, type PersonFieldsInput } from "./person-fields.ts";
import { findPerson, type PersonView } from "./person-view.ts";

export interface CreatePersonProps {
  db: Db;
  organisationId: string;
  actorId: string | null;
  fields: PersonFieldsInput;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/**
 * Adds a member of staff to the org chart. They have no password: they sign in through the
 * organisation's single sign-on, or an admin sets one up with `postwarden user add`.
 */
export async function createPerson(props: CreatePersonProps): Promise<PersonView> {
  const { db, organisationId } = props;
  const fields = parseOrThrow(personFieldsSchema, props.fields, "person");
  checkDateOrder(fields);
  const now = props.now ?? new Date();
  const id = newId();
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom("users")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .where("email", "=", fields.email)
      .executeTakeFirst();
    if (taken) throw new AppError("conflict", `Someone with the email ${fields.email} is already on record.`);
    await checkLineManager(trx, organisationId, id, fields.lineManagerId);
    const hasLeft = fields.leaveDate !== null && fields.leaveDate <= ukToday(now);
    await trx
      .insertInto("users")
      .values({
        id,
        organisation_id: organisationId,
        email: fields.email,
        name: fields.name,
        password_hash: null,
        status: hasLeft ? "left" : "active",
        department: fields.department,
        line_manager_id: fields.lineManagerId,
        job_title: fields.jobTitle,
        start_date: fields.startDate,
        leave_date: fields.leaveDate,
        created_at: toTimestamp(now),
        updated_at: toTimestamp(now),
      })
      .execute();
    await trx
      .insertInto("user_roles")
      .values(fields.roles.map((role) => ({ user_id: id, role })))
      .execute();
    const person = (await findPerson(trx, organisationId, id)) as PersonView;
    await recordAuditEvent(trx, {
      organisationId,
      actorId: props.actorId,
      action: "person.created",
      subjectType: "user",
      subjectId: id,
      after: person,
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
    return person;
  });
}
