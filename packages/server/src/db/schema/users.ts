import type { Insertable, Selectable, Updateable } from "kysely";

export const USER_STATUSES = ["active", "left"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A member of staff. Email is stored lower-cased and is unique within an organisation. */
export interface UsersTable {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  password_hash: string | null;
  status: UserStatus;
  created_at: string;
  updated_at: string;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
