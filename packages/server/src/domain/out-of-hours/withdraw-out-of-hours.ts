import type { Db } from "../../db/database.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../authz/checks.ts";
import { outOfHoursPolicy } from "../../authz/out-of-hours-request.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { UserView } from "../users/user-view.ts";
import { loadOutOfHoursView, type OutOfHoursView } from "./out-of-hours-view.ts";

export interface WithdrawOutOfHoursProps {
  db: Db;
  actor: UserView;
  requestId: string;
  now?: Date;
  ip?: string | null;
}

/** The employee no longer needs the window. */
export async function withdrawOutOfHours(props: WithdrawOutOfHoursProps): Promise<OutOfHoursView> {
  const { db, actor } = props;
  const before = await loadOutOfHoursView(db, actor.organisationId, props.requestId, props.now);
  if (!outOfHoursPolicy.canRead(actor, before))
    throw new AppError("not_found", "There is no such out-of-hours request.");
  authorize(outOfHoursPolicy.canWithdraw(actor, before), actor);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("out_of_hours_requests")
      .set({ state: "withdrawn" })
      .where("id", "=", before.id)
      .execute();
    const after = { ...before, state: "withdrawn" as const };
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "out_of_hours.withdrawn",
      subjectType: "out_of_hours_request",
      subjectId: before.id,
      before,
      after,
      ip: props.ip ?? null,
      at: props.now,
    });
    return after;
  });
}
