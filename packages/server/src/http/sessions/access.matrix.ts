import type { AccessRow } from "../access-row.ts";

export const sessionAccessMatrix: AccessRow[] = [
  {
    method: "POST",
    path: "/api/me/sessions/revoke-all",
    body: "empty",
    runLast: 1,
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
];
