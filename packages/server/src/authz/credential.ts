import { hasRole, inSameOrganisation, isSignedIn, type Actor } from "./checks.ts";

/** Who may take a shared login out of the vault, and end a check-out (procedure.9.a). */
export const credentialPolicy = {
  /** Only someone with an active grant on the account; being an admin is not enough. */
  canCheckOut: (
    actor: Actor,
    account: { organisationId: string; archivedAt: string | null; callerHasActiveGrant: boolean },
  ): boolean =>
    isSignedIn(actor) &&
    inSameOrganisation(actor, account) &&
    !account.archivedAt &&
    account.callerHasActiveGrant,
  canCheckIn: (actor: Actor, checkout: { organisationId: string; userId: string }): boolean =>
    isSignedIn(actor) &&
    inSameOrganisation(actor, checkout) &&
    (actor.id === checkout.userId || hasRole("admin")(actor)),
};
