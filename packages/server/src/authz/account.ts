import { hasRole, inSameOrganisation, isSignedIn, type Actor } from "./checks.ts";

interface AccountSubject {
  organisationId: string;
  archivedAt: string | null;
}

const isAdminOf = (actor: Actor, subject: { organisationId: string }) =>
  hasRole("admin")(actor) && inSameOrganisation(actor, subject);

/** Who may see and keep the account register (procedure.1). */
export const accountPolicy = {
  /** Everyone in the organisation may see the register (never the secrets). */
  canList: (actor: Actor, organisation: { organisationId: string }): boolean =>
    isSignedIn(actor) && inSameOrganisation(actor, organisation),
  canRead: (actor: Actor, account: AccountSubject): boolean =>
    isSignedIn(actor) && inSameOrganisation(actor, account),
  canCreate: (actor: Actor, organisation: { organisationId: string }): boolean =>
    isAdminOf(actor, organisation),
  canUpdate: (actor: Actor, account: AccountSubject): boolean =>
    isAdminOf(actor, account) && !account.archivedAt,
  canArchive: (actor: Actor, account: AccountSubject): boolean =>
    isAdminOf(actor, account) && !account.archivedAt,
  canRecordReview: (actor: Actor, account: AccountSubject): boolean =>
    isAdminOf(actor, account) && !account.archivedAt,
  /** Recovery contacts are people's details: only the register's keepers see them. */
  canSeeRecoveryContacts: (actor: Actor, account: AccountSubject): boolean => isAdminOf(actor, account),
  canManageSecrets: (actor: Actor, account: AccountSubject): boolean =>
    isAdminOf(actor, account) && !account.archivedAt,
};

/** The actions the caller may take on one account, sent with it. */
export function accountActions(actor: Actor, account: AccountSubject) {
  return {
    update: accountPolicy.canUpdate(actor, account),
    archive: accountPolicy.canArchive(actor, account),
    recordReview: accountPolicy.canRecordReview(actor, account),
    manageSecrets: accountPolicy.canManageSecrets(actor, account),
  };
}
