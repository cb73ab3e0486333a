import type { AccessRow } from "../access-row.ts";

/** Notifications: everyone reads their own; another person's id is 404. */
export const notificationAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/notifications",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    method: "POST",
    path: "/api/notifications/:notificationId/read",
    expect: { anonymous: 401, manager: 404, admin: 404, auditor: 404, otherOrganisation: 404, employee: 204 },
  },
];
