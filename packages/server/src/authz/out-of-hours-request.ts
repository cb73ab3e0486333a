import type { OutOfHoursState } from "../db/schema/out-of-hours-requests.ts";
import { mayDecide, mayReadManagedRequest } from "./access-grant.ts";
import { isSignedIn, type Actor } from "./checks.ts";

interface OutOfHoursSubject {
  organisationId: string;
  userId: string;
  state: OutOfHoursState;
  startsAt: string;
  managerId: string | null;
  managerAvailable: boolean;
}

/** procedure.5: the line manager approves in advance; the same stand-in rule as grants. */
export const outOfHoursPolicy = {
  canRead: (actor: Actor, s: OutOfHoursSubject): boolean => mayReadManagedRequest(actor, s),
  canDecide: (actor: Actor, s: OutOfHoursSubject, now: Date, overrideReason?: string | null): boolean =>
    s.state === "requested" && s.startsAt > now.toISOString() && mayDecide(actor, { ...s }, overrideReason),
  canWithdraw: (actor: Actor, s: OutOfHoursSubject): boolean =>
    isSignedIn(actor) && actor.id === s.userId && (s.state === "requested" || s.state === "approved"),
};

export function outOfHoursActions(actor: Actor, s: OutOfHoursSubject, now: Date) {
  return {
    approve: outOfHoursPolicy.canDecide(actor, s, now),
    refuse: outOfHoursPolicy.canDecide(actor, s, now),
    withdraw: outOfHoursPolicy.canWithdraw(actor, s),
  };
}
