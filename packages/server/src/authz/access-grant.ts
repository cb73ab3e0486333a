import type { GrantState } from "../db/schema/access-grants.ts";
import { hasRole, inSameOrganisation, isSignedIn, type Actor } from "./checks.ts";

/** What the checks need to know about a grant (or an out-of-hours request) and its employee. */
export interface ManagedRequestSubject {
  organisationId: string;
  userId: string;
  state: GrantState | "withdrawn";
  managerId: string | null;
  managerAvailable: boolean;
}

const isAdminOf = (actor: Actor, subject: { organisationId: string }) =>
  hasRole("admin")(actor) && inSameOrganisation(actor, subject);

const isTheirManager = (actor: Actor, s: ManagedRequestSubject) =>
  isSignedIn(actor) && inSameOrganisation(actor, s) && s.managerAvailable && actor.id === s.managerId;

/**
 * The line manager decides for their reports (procedure.3, procedure.5). An admin (clerk)
 * decides instead when the manager has left, is recorded as away, or there is none; while the
 * manager is here an admin may step in only with a recorded override reason. Nobody decides
 * their own request.
 */
export function mayDecide(actor: Actor, s: ManagedRequestSubject, overrideReason?: string | null): boolean {
  if (!isSignedIn(actor) || actor.id === s.userId || !inSameOrganisation(actor, s)) return false;
  if (isTheirManager(actor, s)) return true;
  return isAdminOf(actor, s) && (!s.managerAvailable || Boolean(overrideReason?.trim()));
}

/** The employee, their manager, admins and auditors of the same organisation may read a request. */
export function mayReadManagedRequest(
  actor: Actor,
  s: { organisationId: string; userId: string; managerId: string | null },
): boolean {
  return (
    isSignedIn(actor) &&
    inSameOrganisation(actor, s) &&
    (actor.id === s.userId ||
      actor.id === s.managerId ||
      hasRole("admin")(actor) ||
      hasRole("auditor")(actor))
  );
}

export const accessGrantPolicy = {
  canRequest: (actor: Actor, account: { organisationId: string; archivedAt: string | null }): boolean =>
    isSignedIn(actor) && inSameOrganisation(actor, account) && !account.archivedAt,
  canRead: (actor: Actor, s: ManagedRequestSubject): boolean => mayReadManagedRequest(actor, s),
  canApprove: (actor: Actor, s: ManagedRequestSubject, overrideReason?: string | null): boolean =>
    s.state === "requested" && mayDecide(actor, s, overrideReason),
  canRefuse: (actor: Actor, s: ManagedRequestSubject, overrideReason?: string | null): boolean =>
    (s.state === "requested" || s.state === "approved") && mayDecide(actor, s, overrideReason),
  /** Manager or admin may withdraw access at any time; the employee may give it up. */
  canRevoke: (actor: Actor, s: ManagedRequestSubject): boolean =>
    (s.state === "requested" || s.state === "approved" || s.state === "active") &&
    isSignedIn(actor) &&
    inSameOrganisation(actor, s) &&
    (actor.id === s.userId || isTheirManager(actor, s) || isAdminOf(actor, s)),
  canReview: (actor: Actor, s: ManagedRequestSubject): boolean =>
    s.state === "active" && actor?.id !== s.userId && (isTheirManager(actor, s) || isAdminOf(actor, s)),
};

export function accessGrantActions(actor: Actor, s: ManagedRequestSubject) {
  return {
    approve: accessGrantPolicy.canApprove(actor, s),
    refuse: accessGrantPolicy.canRefuse(actor, s),
    revoke: accessGrantPolicy.canRevoke(actor, s),
    review: accessGrantPolicy.canReview(actor, s),
    /** An admin who is not the manager may still decide, giving an override reason. */
    decideWithOverride:
      !mayDecide(actor, s) &&
      mayDecide(actor, s, "override") &&
      (s.state === "requested" || s.state === "approved"),
  };
}
