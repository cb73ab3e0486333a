import type { Selectable } from "kysely";
import type { Role } from "../../roles.ts";

/** One row per role a user holds; the primary key is (user_id, role). */
export interface UserRolesTable {
  user_id: string;
  role: Role;
}

export type UserRoleRow = Selectable<UserRolesTable>;
