import type { AccessRow } from "../access-row.ts";

/** Signing in and out, and the session, are open to everyone. */
export const authAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/auth/session",
    expect: { anonymous: 200, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    // An empty form is refused before any account is looked at.
    method: "POST",
    path: "/api/auth/sign-in",
    body: "emptySignIn",
    expect: { anonymous: 400, employee: 400, manager: 400, admin: 400, auditor: 400, otherOrganisation: 400 },
  },
  {
    method: "POST",
    path: "/api/auth/sign-out",
    runLast: 2,
    expect: { anonymous: 204, employee: 204, manager: 204, admin: 204, auditor: 204, otherOrganisation: 204 },
  },
];
