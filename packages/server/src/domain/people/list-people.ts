import type { Db } from "../../db/database.ts";
import type { UserStatus } from "../../db/schema/users.ts";
import { PERSON_COLUMNS, withRoles, type PersonView } from "./person-view.ts";

export interface ListPeopleProps {
  db: Db;
  organisationId: string;
  status?: UserStatus | undefined;
  department?: string | undefined;
  /** Only the direct reports of this person. */
  lineManagerId?: string | undefined;
}

/** The organisation's people, by name. */
export async function listPeople(props: ListPeopleProps): Promise<PersonView[]> {
  let query = props.db
    .selectFrom("users")
    .select(PERSON_COLUMNS)
    .where("organisation_id", "=", props.organisationId);
  if (props.status) query = query.where("status", "=", props.status);
  if (props.department) query = query.where("department", "=", props.department);
  if (props.lineManagerId) query = query.where("line_manager_id", "=", props.lineManagerId);
  return withRoles(props.db, await query.orderBy("name").orderBy("email").execute());
}
