import type { Db } from "../../db/database.ts";
import type { ManagedRequestSubject } from "../../authz/access-grant.ts";

/** Who to ask: the line manager, or the organisation's admins when the manager is unavailable. */
export async function deciderIdsFor(db: Db, subject: ManagedRequestSubject): Promise<string[]> {
  if (subject.managerAvailable && subject.managerId) return [subject.managerId];
  const admins = await db
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .select("users.id")
    .where("users.organisation_id", "=", subject.organisationId)
    .where("users.status", "=", "active")
    .where("user_roles.role", "=", "admin")
    .where("users.id", "!=", subject.userId)
    .execute();
  return admins.map((a) => a.id);
}
