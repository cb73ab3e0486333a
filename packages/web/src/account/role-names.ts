const ROLE_NAMES: Readonly<Record<string, string>> = {
  employee: "Member of staff",
  admin: "Administrator",
  auditor: "Auditor",
};

/** Roles as people say them, in the order the server gives them. */
export function roleNames(roles: readonly string[]): string[] {
  return roles.map((role) => (Object.hasOwn(ROLE_NAMES, role) ? ROLE_NAMES[role]! : role));
}
