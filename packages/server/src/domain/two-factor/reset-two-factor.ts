import type { Db } from "../../db/database.ts";
import { personPolicy } from "../../authz/person.ts";
import { authorize } from "../../authz/checks.ts";
import { AppError } from "../../errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notify } from "../notifications/notify.ts";
import { findPerson } from "../people/person-view.ts";
import type { UserView } from "../users/user-view.ts";

export interface ResetTwoFactorProps {
  db: Db;
  actor: UserView;
  personId: string;
  /** Why, for the audit log: e.g. "lost phone, identity checked in person". */
  reason: string;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

export interface TwoFactorResetResult {
  sessionsEnded: number;
  recoveryCodesRemoved: number;
}

/**
 * An admin turns off someone's two-factor sign-in after they lost their app and recovery codes.
 * The sealed secret and the recovery codes go, and so does every session, so whoever holds the
 * old device is signed out; if their role requires two-factor sign-in they enrol again at their
 * next sign-in. Nobody resets their own: that would let a stolen password undo the second factor.
 */
export async function resetTwoFactor(props: ResetTwoFactorProps): Promise<TwoFactorResetResult> {
  const { actor } = props;
  const now = props.now ?? new Date();
  return props.db.transaction().execute(async (trx) => {
    const person = await findPerson(trx, actor.organisationId, props.personId);
    if (!person || !personPolicy.canRead(actor, person)) {
      throw new AppError("not_found", "There is no such person.");
    }
    authorize(personPolicy.canResetTwoFactor(actor, person), actor);
    const removed = await trx
      .deleteFrom("two_factor_credentials")
      .where("user_id", "=", person.id)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) {
      throw new AppError("conflict", `${person.name} has not set up two-factor sign-in.`);
    }
    const codes = await trx.deleteFrom("recovery_codes").where("user_id", "=", person.id).executeTakeFirst();
    const sessions = await trx.deleteFrom("sessions").where("user_id", "=", person.id).executeTakeFirst();
    await trx.deleteFrom("pending_sign_ins").where("user_id", "=", person.id).execute();
    const result = {
      sessionsEnded: Number(sessions.numDeletedRows),
      recoveryCodesRemoved: Number(codes.numDeletedRows),
    };
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "two_factor.reset",
      subjectType: "user",
      subjectId: person.id,
      after: { reason: props.reason, ...result },
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
    await notify(trx, {
      organisationId: actor.organisationId,
      userId: person.id,
      kind: "two_factor.reset",
      subject: "Your two-factor sign-in was turned off",
      body:
        `${actor.name} turned off two-factor sign-in for your account and signed you out everywhere. ` +
        `Reason: ${props.reason}. If you did not ask for this, tell your IT service desk now.`,
      link: "/account",
      now,
    });
    return result;
  });
}
