import type { Db } from "../../db/database.ts";
import { accessGrantPolicy } from "../../authz/access-grant.ts";
import { hasRole } from "../../authz/checks.ts";
import type { UserView } from "../users/user-view.ts";
import { loadGrantViews, type GrantView } from "./grant-view.ts";

export interface ListGrantsProps {
  db: Db;
  actor: UserView;
  now?: Date;
}

/** Your own grants, your reports' grants, and (admins and auditors) everyone's. */
export async function listGrants(props: ListGrantsProps): Promise<GrantView[]> {
  const { db, actor } = props;
  const everyone = hasRole("admin")(actor) || hasRole("auditor")(actor);
  let userIds: string[] | undefined;
  if (!everyone) {
    const reports = await db
      .selectFrom("users")
      .select("id")
      .where("organisation_id", "=", actor.organisationId)
      .where("line_manager_id", "=", actor.id)
      .execute();
    userIds = [actor.id, ...reports.map((r) => r.id)];
  }
  const views = await loadGrantViews(db, actor.organisationId, userIds ? { userIds } : {}, props.now);
  return views.filter((v) => accessGrantPolicy.canRead(actor, v));
}
