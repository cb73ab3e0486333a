import type { PersonView } from "../domain/people/person-view.ts";
import { hasRole, inSameOrganisation, isSignedIn, type Actor } from "./checks.ts";

type PersonSubject = Pick<PersonView, "id" | "organisationId" | "lineManagerId" | "status">;

const isAdminOf = (actor: Actor, subject: { organisationId: string }) =>
  hasRole("admin")(actor) && inSameOrganisation(actor, subject);

/** Who may see and change people and the org chart. */
export const personPolicy = {
  /** Admins list and import their organisation's people. */
  canManage: (actor: Actor, organisation: { organisationId: string }): boolean =>
    isAdminOf(actor, organisation),

  /** Everyone reads their own record; line managers their direct reports; admins anyone. */
  canRead: (actor: Actor, person: PersonSubject): boolean =>
    isSignedIn(actor) &&
    inSameOrganisation(actor, person) &&
    (actor.id === person.id || person.lineManagerId === actor.id || hasRole("admin")(actor)),

  canUpdate: (actor: Actor, person: PersonSubject): boolean => isAdminOf(actor, person),

  /** Admins record leavers, but not themselves: another admin must. */
  canRecordLeaving: (actor: Actor, person: PersonSubject): boolean =>
    isAdminOf(actor, person) && person.status === "active" && actor?.id !== person.id,

  /** Admins record that someone is away (a line manager on leave) and when they are back. */
  canRecordAbsence: (actor: Actor, person: PersonSubject): boolean =>
    isAdminOf(actor, person) && person.status === "active",

  /** Admins turn off someone's lost two-factor sign-in, never their own: another admin must. */
  canResetTwoFactor: (actor: Actor, person: PersonSubject): boolean =>
    isAdminOf(actor, person) && actor?.id !== person.id,
};

/** The actions the caller may take on a person, sent with each one. */
export function personActions(
  actor: Actor,
  person: PersonSubject,
): { update: boolean; recordLeaving: boolean; recordAbsence: boolean; resetTwoFactor: boolean } {
  return {
    update: personPolicy.canUpdate(actor, person),
    recordLeaving: personPolicy.canRecordLeaving(actor, person),
    recordAbsence: personPolicy.canRecordAbsence(actor, person),
    resetTwoFactor: personPolicy.canResetTwoFactor(actor, person),
  };
}
