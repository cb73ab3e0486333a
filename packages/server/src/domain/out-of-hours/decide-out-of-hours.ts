import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../authz/checks.ts";
import { outOfHoursPolicy } from "../../authz/out-of-hours-request.ts";
import { mayDecide } from "../../authz/access-grant.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notify } from "../notifications/notify.ts";
import type { UserView } from "../users/user-view.ts";
import { loadOutOfHoursView, type OutOfHoursView } from "./out-of-hours-view.ts";

export interface DecideOutOfHoursProps {
  db: Db;
  actor: UserView;
  requestId: string;
  decision: "approve" | "refuse";
  note?: string | null;
  overrideReason?: string | null;
  now?: Date;
  ip?: string | null;
}

/** The line manager approves or refuses before the window starts; afterwards it is too late. */
export async function decideOutOfHours(props: DecideOutOfHoursProps): Promise<OutOfHoursView> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  const before = await loadOutOfHoursView(db, actor.organisationId, props.requestId, now);
  if (before.state !== "requested")
    throw new AppError("conflict", `This request is already ${before.state}.`);
  authorize(mayDecide(actor, before, props.overrideReason), actor);
  if (!outOfHoursPolicy.canDecide(actor, before, now, props.overrideReason)) {
    throw new AppError(
      "conflict",
      "The window has already started: out-of-hours use must be approved in advance.",
    );
  }
  const at = toTimestamp(now);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("out_of_hours_requests")
      .set({
        state: props.decision === "approve" ? "approved" : "refused",
        decided_by: actor.id,
        decided_at: at,
        decision_note:
          [props.note, props.overrideReason && `Override: ${props.overrideReason}`]
            .filter(Boolean)
            .join(" ") || null,
      })
      .where("id", "=", before.id)
      .where("state", "=", "requested")
      .execute();
    const after = await loadOutOfHoursView(trx, actor.organisationId, before.id, now);
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: props.decision === "approve" ? "out_of_hours.approved" : "out_of_hours.refused",
      subjectType: "out_of_hours_request",
      subjectId: before.id,
      before,
      after,
      ip: props.ip ?? null,
      at: now,
    });
    await notify(trx, {
      organisationId: actor.organisationId,
      userId: before.userId,
      kind: "out_of_hours.decided",
      subject: `Your out-of-hours request was ${after.state}`,
      body: `${after.startsAt} to ${after.endsAt}. ${after.decisionNote ?? ""}`.trim(),
      now,
    });
    return after;
  });
}
