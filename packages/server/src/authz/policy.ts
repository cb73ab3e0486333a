import { hasRole, inSameOrganisation, isSignedIn, type Actor } from "./checks.ts";

/** Who may publish policy versions, acknowledge them and read coverage. */
export const policyPolicy = {
  canPublish: (actor: Actor, org: { organisationId: string }): boolean =>
    hasRole("admin")(actor) && inSameOrganisation(actor, org),
  canAcknowledge: (actor: Actor, version: { organisationId: string }): boolean =>
    isSignedIn(actor) && inSameOrganisation(actor, version),
  canReadCoverage: (actor: Actor, org: { organisationId: string }): boolean =>
    (hasRole("admin")(actor) || hasRole("auditor")(actor)) && inSameOrganisation(actor, org),
};
