import type { UserView } from "../domain/users/user-view.ts";
import { hasRole, inSameOrganisation, isSignedIn, type Actor } from "./checks.ts";

/** Who may see and manage user accounts. */
export const userPolicy = {
  /** Anyone signed in may read their own account. */
  canReadSelf: (actor: Actor): boolean => isSignedIn(actor),

  /** Admins read accounts in their own organisation; everyone reads their own. */
  canRead: (actor: Actor, user: Pick<UserView, "id" | "organisationId">): boolean =>
    isSignedIn(actor) &&
    (actor.id === user.id || (hasRole("admin")(actor) && inSameOrganisation(actor, user))),

  /** Only admins add people, and only to their own organisation. */
  canAdd: (actor: Actor, organisation: { organisationId: string }): boolean =>
    hasRole("admin")(actor) && inSameOrganisation(actor, organisation),
};
