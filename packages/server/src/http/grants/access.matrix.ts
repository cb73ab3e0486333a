import type { AccessRow } from "../access-row.ts";

/** Grants: the employee asks, only their line manager decides (the `manager` caller is theirs). */
export const grantAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/grants",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200 },
  },
  {
    method: "GET",
    path: "/api/grants/:grantId",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 404 },
  },
  {
    method: "POST",
    path: "/api/grants/:grantId/approve",
    body: "empty",
    expect: { anonymous: 401, employee: 403, admin: 403, auditor: 403, otherOrganisation: 404, manager: 200 },
  },
  {
    method: "POST",
    path: "/api/grants/:grantId/review",
    body: "empty",
    expect: { anonymous: 401, employee: 403, auditor: 403, otherOrganisation: 404, manager: 200 },
  },
  {
    method: "POST",
    path: "/api/grants/:grantId/revoke",
    body: "revokeReason",
    expect: { anonymous: 401, auditor: 403, otherOrganisation: 404, manager: 200 },
  },
];
