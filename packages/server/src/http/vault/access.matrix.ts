import type { AccessRow } from "../access-row.ts";

/** The vault: admins write secrets; only a grant holder (the employee here) checks a login out. */
export const vaultAccessMatrix: AccessRow[] = [
  {
    method: "PUT",
    path: "/api/accounts/:accountId/secrets/api_token",
    body: "secretValue",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, otherOrganisation: 404, admin: 200 },
  },
  {
    method: "POST",
    path: "/api/accounts/:accountId/checkouts",
    body: "checkoutReason",
    expect: { anonymous: 401, manager: 403, admin: 403, auditor: 403, otherOrganisation: 404, employee: 201 },
  },
  {
    method: "POST",
    path: "/api/checkouts/:checkoutId/check-in",
    expect: { anonymous: 401, manager: 403, auditor: 403, otherOrganisation: 404, employee: 200, admin: 409 },
  },
  {
    method: "DELETE",
    path: "/api/accounts/:accountId/secrets/api_token",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, otherOrganisation: 404, admin: 204 },
  },
];
