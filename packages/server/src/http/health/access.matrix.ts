import type { AccessRow } from "../access-row.ts";

/** Public endpoints that hold no one's data. */
export const publicAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/health",
    expect: { anonymous: 200, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    method: "GET",
    path: "/api/openapi.json",
    expect: { anonymous: 200, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
];
