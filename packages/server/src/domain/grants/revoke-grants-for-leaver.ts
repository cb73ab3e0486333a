import type { Db } from "../../db/database.ts";
import { endGrant } from "./end-grant.ts";

export interface RevokeGrantsForLeaverProps {
  organisationId: string;
  userId: string;
  actorId: string | null;
  now?: Date;
}

/**
 * Leavers lose access the same day (procedure.3): every request, approval and active grant of
 * the user is revoked, and any shared login they hold is ended, in the caller's transaction.
 * Returns how many grants ended.
 */
export async function revokeGrantsForLeaver(trx: Db, props: RevokeGrantsForLeaverProps): Promise<number> {
  const open = await trx
    .selectFrom("access_grants")
    .select(["id", "organisation_id", "user_id", "account_id", "state"])
    .where("organisation_id", "=", props.organisationId)
    .where("user_id", "=", props.userId)
    .where("state", "in", ["requested", "approved", "active"])
    .execute();
  const now = props.now ?? new Date();
  let ended = 0;
  for (const grant of open) {
    const done = await endGrant(
      trx,
      {
        id: grant.id,
        organisationId: grant.organisation_id,
        userId: grant.user_id,
        accountId: grant.account_id,
        state: grant.state,
      },
      { actorId: props.actorId, reason: "leaver", state: "revoked", now },
    );
    if (done) ended += 1;
  }
  return ended;
}
