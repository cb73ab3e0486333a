import type { AccessRow } from "../access-row.ts";

export const meAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/me",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
];
