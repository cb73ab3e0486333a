import { hasRole, inSameOrganisation, type Actor } from "./checks.ts";

/** Who may see and change the organisation's single sign-on settings: its admins. */
export const ssoConfigPolicy = {
  canRead: (actor: Actor, organisation: { organisationId: string }): boolean =>
    hasRole("admin")(actor) && inSameOrganisation(actor, organisation),
  canUpdate: (actor: Actor, organisation: { organisationId: string }): boolean =>
    hasRole("admin")(actor) && inSameOrganisation(actor, organisation),
};
