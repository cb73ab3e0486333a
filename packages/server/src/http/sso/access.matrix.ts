import type { AccessRow } from "../access-row.ts";

/** Single sign-on: starting and finishing are open to anyone (the provider decides); settings are for admins. */
export const ssoAccessMatrix: AccessRow[] = [
  {
    // `:org` is the first organisation's slug; it has no single sign-on set up.
    method: "GET",
    path: "/api/auth/sso/:org/start",
    expect: { anonymous: 404, employee: 404, manager: 404, admin: 404, auditor: 404, otherOrganisation: 404 },
  },
  {
    // Without a sign-in in flight the callback refuses, by redirecting to the sign-in page.
    method: "GET",
    path: "/api/auth/sso/callback",
    expect: { anonymous: 302, employee: 302, manager: 302, admin: 302, auditor: 302, otherOrganisation: 302 },
  },
  {
    method: "GET",
    path: "/api/sso-config",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, admin: 200, otherOrganisation: 200 },
  },
  {
    method: "PUT",
    path: "/api/sso-config",
    body: "ssoConfig",
    expect: { anonymous: 401, employee: 403, manager: 403, auditor: 403, admin: 204, otherOrganisation: 204 },
  },
];
