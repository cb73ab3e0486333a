import type { AccessRow } from "../access-row.ts";

/** Who may call each account-register route: the expected status per caller. */
export const accountAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/accounts",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    method: "POST",
    path: "/api/accounts",
    body: "newAccount",
    expect: { anonymous: 401, employee: 403, manager: 403, admin: 201, auditor: 403, otherOrganisation: 201 },
  },
  {
    method: "GET",
    path: "/api/accounts/:accountId",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 404 },
  },
  {
    method: "PATCH",
    path: "/api/accounts/:accountId",
    body: "accountChange",
    expect: { anonymous: 401, employee: 403, manager: 403, admin: 200, auditor: 403, otherOrganisation: 404 },
  },
  {
    method: "POST",
    path: "/api/accounts/:accountId/access-review",
    body: "reviewNote",
    expect: { anonymous: 401, employee: 403, manager: 403, admin: 200, auditor: 403, otherOrganisation: 404 },
  },
  {
    method: "POST",
    path: "/api/accounts/:accountId/archive",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, otherOrganisation: 404, admin: 200 },
  },
];
