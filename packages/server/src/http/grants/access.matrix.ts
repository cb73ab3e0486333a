import type { AccessRow } from "../access-row.ts";

/** Grants: the employee asks, only their line manager decides (the `manager` caller is theirs). */
export const grantAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/grants",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
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
    expect: { anonymous: 401, employee: 403, auditor: 403, otherOrganisation: 404, admin: 200, manager: 200 },
  },
  {
    method: "POST",
    path: "/api/grants/:grantId/revoke",
    body: "revokeReason",
    expect: { anonymous: 401, auditor: 403, otherOrganisation: 404, manager: 200, employee: 409, admin: 409 },
  },
  {
    method: "POST",
    path: "/api/grants",
    body: "grantRequest",
    expect: { anonymous: 401, otherOrganisation: 404, employee: 201, manager: 201, admin: 201, auditor: 201 },
  },
  {
    // `:refusableGrantId` was asked for by another of the manager's reports.
    method: "POST",
    path: "/api/grants/:refusableGrantId/refuse",
    body: "decisionNote",
    expect: { anonymous: 401, employee: 403, admin: 403, auditor: 403, otherOrganisation: 404, manager: 200 },
  },
];
