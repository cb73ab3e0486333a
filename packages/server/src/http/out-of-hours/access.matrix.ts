import type { AccessRow } from "../access-row.ts";

/** Out-of-hours requests: the employee asks; their line manager approves in advance. */
export const outOfHoursAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/out-of-hours",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    method: "GET",
    path: "/api/out-of-hours/:requestId",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 404 },
  },
  {
    method: "POST",
    path: "/api/out-of-hours/:requestId/approve",
    body: "empty",
    expect: { anonymous: 401, employee: 403, admin: 403, auditor: 403, otherOrganisation: 404, manager: 200 },
  },
  {
    method: "POST",
    path: "/api/out-of-hours",
    body: "outOfHoursRequest",
    expect: { anonymous: 401, employee: 201, manager: 201, admin: 201, auditor: 201, otherOrganisation: 201 },
  },
  {
    // `:refusableRequestId` was made by another of the manager's reports.
    method: "POST",
    path: "/api/out-of-hours/:refusableRequestId/refuse",
    body: "decisionNote",
    expect: { anonymous: 401, employee: 403, admin: 403, auditor: 403, otherOrganisation: 404, manager: 200 },
  },
  {
    // `:withdrawableRequestId` is the employee's own.
    method: "POST",
    path: "/api/out-of-hours/:withdrawableRequestId/withdraw",
    body: "empty",
    expect: { anonymous: 401, manager: 403, admin: 403, auditor: 403, otherOrganisation: 404, employee: 200 },
  },
];
