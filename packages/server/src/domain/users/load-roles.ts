import type { Db } from "../../db/database.ts";
import { ROLES, type Role } from "../../roles.ts";

/** The user's roles in the fixed order of ROLES, so answers are stable. */
export async function loadRoles(db: Db, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom("user_roles").select("role").where("user_id", "=", userId).execute();
  const held = new Set(rows.map((r) => r.role));
  return ROLES.filter((role) => held.has(role));
}
