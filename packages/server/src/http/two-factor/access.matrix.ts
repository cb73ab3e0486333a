import type { AccessRow } from "../access-row.ts";

/** Two-factor set-up is self-service; admins (and the employee, who holds a grant) are already enrolled. */
export const twoFactorAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/me/two-factor",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    method: "POST",
    path: "/api/me/two-factor/setup",
    body: "empty",
    expect: { anonymous: 401, employee: 409, manager: 200, admin: 409, auditor: 200, otherOrganisation: 409 },
  },
  {
    method: "POST",
    path: "/api/me/two-factor/confirm",
    body: "wrongCode",
    expect: { anonymous: 401, employee: 409, manager: 400, admin: 409, auditor: 400, otherOrganisation: 409 },
  },
  {
    // Without a pending sign-in there is nothing to complete, whoever asks.
    method: "POST",
    path: "/api/auth/two-factor",
    body: "wrongCode",
    expect: { anonymous: 401, employee: 401, manager: 401, admin: 401, auditor: 401, otherOrganisation: 401 },
  },
];
