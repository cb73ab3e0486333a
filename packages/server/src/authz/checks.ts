import { AppError } from "../errors.ts";
import type { Role } from "../roles.ts";
import type { UserView } from "../domain/users/user-view.ts";

/** The person acting, or null when nobody is signed in. */
export type Actor = UserView | null;

/** A check answers yes or no; entity files compose them into named permissions. */
export type Check<Subject = void> = (actor: Actor, subject: Subject) => boolean;

export const isSignedIn = (actor: Actor): actor is UserView => actor !== null;

export const hasRole =
  (role: Role) =>
  (actor: Actor): boolean =>
    isSignedIn(actor) && actor.roles.includes(role);

export const inSameOrganisation = (actor: Actor, subject: { organisationId: string }): boolean =>
  isSignedIn(actor) && actor.organisationId === subject.organisationId;

/** Throws `unauthenticated` when nobody is signed in and `forbidden` when the check says no. */
export function authorize(allowed: boolean, actor: Actor): void {
  if (!isSignedIn(actor)) throw new AppError("unauthenticated", "Sign in to continue.");
  if (!allowed) throw new AppError("forbidden", "You do not have permission to do that.");
}
