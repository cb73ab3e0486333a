import type { Db } from "../../db/database.ts";
import { AppError } from "../../errors.ts";
import { accessGrantPolicy } from "../../authz/access-grant.ts";
import { authorize } from "../../authz/checks.ts";
import { notify } from "../notifications/notify.ts";
import type { UserView } from "../users/user-view.ts";
import { endGrant } from "./end-grant.ts";
import { loadGrantView, type GrantView } from "./grant-view.ts";

export interface RevokeGrantProps {
  db: Db;
  actor: UserView;
  grantId: string;
  reason: string;
  now?: Date;
  ip?: string | null;
}

/** The manager or an admin withdraws access (or the employee gives it up). */
export async function revokeGrant(props: RevokeGrantProps): Promise<GrantView> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  const grant = await loadGrantView(db, actor.organisationId, props.grantId, now);
  if (!accessGrantPolicy.canRead(actor, grant))
    throw new AppError("not_found", "There is no such access grant.");
  if (["expired", "revoked", "refused"].includes(grant.state)) {
    throw new AppError("conflict", `This grant is already ${grant.state}.`);
  }
  authorize(accessGrantPolicy.canRevoke(actor, grant), actor);
  return db.transaction().execute(async (trx) => {
    const ended = await endGrant(
      trx,
      { ...grant, accountId: grant.account.id },
      { actorId: actor.id, reason: props.reason, state: "revoked", now, ip: props.ip ?? null },
    );
    if (!ended) throw new AppError("conflict", "The grant changed while you were revoking it.");
    if (actor.id !== grant.userId) {
      await notify(trx, {
        organisationId: actor.organisationId,
        userId: grant.userId,
        kind: "grant.revoked",
        subject: `Your access to ${grant.account.handle} was withdrawn`,
        body: `Reason: ${props.reason}`,
        now,
      });
    }
    return loadGrantView(trx, actor.organisationId, grant.id, now);
  });
}
