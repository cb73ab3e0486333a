import type { AccessRow } from "../access-row.ts";

/**
 * People and the org chart. `:personId` is the employee (the manager's report), `:colleagueId`
 * someone who is neither the employee's nor the manager's, `:leaverId` a person kept for leaving.
 */
export const peopleAccessMatrix: AccessRow[] = [
  {
    method: "GET",
    path: "/api/people",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, admin: 200, otherOrganisation: 200 },
  },
  {
    method: "POST",
    path: "/api/people",
    body: "newPerson",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, admin: 201, otherOrganisation: 201 },
  },
  {
    method: "GET",
    path: "/api/people/:personId",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 404, otherOrganisation: 404 },
  },
  {
    // An employee reads no colleague's record, and a manager only their own reports'.
    method: "GET",
    path: "/api/people/:colleagueId",
    expect: { anonymous: 401, employee: 404, manager: 404, auditor: 404, otherOrganisation: 404, admin: 200 },
  },
  {
    method: "PATCH",
    path: "/api/people/:personId",
    body: "personChange",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 404, otherOrganisation: 404, admin: 200 },
  },
  {
    method: "POST",
    path: "/api/people/:leaverId/leave",
    body: "empty",
    // The leaver reports to the manager, who may see them but not record their leaving.
    expect: { anonymous: 401, employee: 404, manager: 403, auditor: 404, otherOrganisation: 404, admin: 200 },
  },
  {
    // The manager is marked away, then back: PUT runs before DELETE, so each has something to do.
    method: "PUT",
    path: "/api/people/:colleagueId/absence",
    body: "absence",
    expect: { anonymous: 401, employee: 404, manager: 404, auditor: 404, otherOrganisation: 404, admin: 200 },
  },
  {
    method: "DELETE",
    path: "/api/people/:colleagueId/absence",
    expect: { anonymous: 401, employee: 404, manager: 404, auditor: 404, otherOrganisation: 404, admin: 200 },
  },
  {
    // A manager sees their report's record but may not mark them away.
    method: "PUT",
    path: "/api/people/:personId/absence",
    body: "absence",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 404, otherOrganisation: 404, admin: 200 },
  },
  {
    // The colleague has two-factor sign-in on and is no caller, so ending their sessions harms no row.
    method: "POST",
    path: "/api/people/:colleagueId/two-factor/reset",
    body: "resetReason",
    expect: { anonymous: 401, employee: 404, manager: 404, auditor: 404, otherOrganisation: 404, admin: 200 },
  },
  {
    // Nobody resets their own: the admin is refused on their own record.
    method: "POST",
    path: "/api/people/:adminId/two-factor/reset",
    body: "resetReason",
    expect: { anonymous: 401, employee: 404, manager: 404, auditor: 404, otherOrganisation: 404, admin: 403 },
  },
  {
    method: "POST",
    path: "/api/people/import/preview",
    body: "peopleCsv",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, admin: 200, otherOrganisation: 200 },
  },
  {
    method: "POST",
    path: "/api/people/import",
    body: "peopleCsv",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, admin: 200, otherOrganisation: 200 },
  },
  {
    method: "GET",
    path: "/api/me/profile",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
  {
    method: "GET",
    path: "/api/me/reports",
    expect: { anonymous: 401, employee: 200, manager: 200, admin: 200, auditor: 200, otherOrganisation: 200 },
  },
];
