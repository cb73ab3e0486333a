/**
 * The roles a user can hold. `admin` is the clerk / HR / policy administrator;
 * `auditor` reads records only; every member of staff is an `employee`.
 */
export const ROLES = ["employee", "admin", "auditor"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
