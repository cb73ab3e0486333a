import type { Db } from "../../db/database.ts";
import { hasRole } from "../../authz/checks.ts";
import { outOfHoursPolicy } from "../../authz/out-of-hours-request.ts";
import type { UserView } from "../users/user-view.ts";
import { toOutOfHoursView, type OutOfHoursView } from "./out-of-hours-view.ts";

/** Your own requests and your reports'; admins and auditors see the organisation's. */
export async function listOutOfHours(props: {
  db: Db;
  actor: UserView;
  now?: Date;
}): Promise<OutOfHoursView[]> {
  const { db, actor } = props;
  let query = db
    .selectFrom("out_of_hours_requests")
    .selectAll()
    .where("organisation_id", "=", actor.organisationId);
  if (!hasRole("admin")(actor) && !hasRole("auditor")(actor)) {
    const reports = db
      .selectFrom("users")
      .select("id")
      .where("line_manager_id", "=", actor.id)
      .where("organisation_id", "=", actor.organisationId);
    query = query.where((eb) => eb.or([eb("user_id", "=", actor.id), eb("user_id", "in", reports)]));
  }
  const rows = await query.orderBy("starts_at", "desc").limit(500).execute();
  const views = await Promise.all(rows.map((r) => toOutOfHoursView(db, r, props.now)));
  return views.filter((v) => outOfHoursPolicy.canRead(actor, v));
}
