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
  /** Org chart fields: department, line manager (a user in the same organisation), job title. */
  department: string | null;
  line_manager_id: string | null;
  job_title: string | null;
  /** Calendar dates, "YYYY-MM-DD". From leave_date on, the person has left. */
  start_date: string | null;
  leave_date: string | null;
  /** Away until this calendar day, inclusive (e.g. a line manager on leave), and why. */
  absent_until: string | null;
  absence_reason: string | null;
  /** The single sign-on subject ("sub") once their first SSO sign-in has linked it. */
  sso_subject: string | null;
  created_at: string;
  updated_at: string;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
