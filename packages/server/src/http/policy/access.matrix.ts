import type { AccessRow } from "../access-row.ts";

/** Policy: admins publish; everyone acknowledges; admins and auditors read coverage. */
export const policyAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/policy/current",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    method: "POST",
    path: "/api/policy/versions",
    body: "policyPack",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, admin: 201, otherOrganisation: 201 },
  },
  {
    method: "POST",
    path: "/api/policy/current/acknowledge",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    method: "GET",
    path: "/api/policy/coverage",
    expect: { anonymous: 401, employee: 403, manager: 403, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
];
