import type { AccessRow } from "../access-row.ts";

/** The audit log: admins and auditors read it (their own organisation's); there is no way to change it. */
export const auditAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/audit-events",
    expect: { anonymous: 401, employee: 403, manager: 403, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
];
