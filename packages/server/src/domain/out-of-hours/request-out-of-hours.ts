import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { deciderIdsFor } from "../grants/deciders.ts";
import { notify } from "../notifications/notify.ts";
import type { UserView } from "../users/user-view.ts";
import { loadOutOfHoursView, type OutOfHoursView } from "./out-of-hours-view.ts";

export interface RequestOutOfHoursProps {
  db: Db;
  actor: UserView;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  device: string;
  now?: Date;
  ip?: string | null;
}

/** An employee asks, in advance, to use council ICT outside normal hours (procedure.5). */
export async function requestOutOfHours(props: RequestOutOfHoursProps): Promise<OutOfHoursView> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  if (props.endsAt <= props.startsAt)
    throw new AppError("validation_failed", "The window must end after it starts.");
  if (props.startsAt <= now) {
    throw new AppError("validation_failed", "Ask before the window starts: approval must come in advance.");
  }
  const id = newId();
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("out_of_hours_requests")
      .values({
        id,
        organisation_id: actor.organisationId,
        user_id: actor.id,
        starts_at: toTimestamp(props.startsAt),
        ends_at: toTimestamp(props.endsAt),
        reason: props.reason,
        device: props.device,
        state: "requested",
        decided_by: null,
        decided_at: null,
        decision_note: null,
        created_at: toTimestamp(now),
      })
      .execute();
    const view = await loadOutOfHoursView(trx, actor.organisationId, id, now);
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "out_of_hours.requested",
      subjectType: "out_of_hours_request",
      subjectId: id,
      after: view,
      ip: props.ip ?? null,
      at: now,
    });
    for (const deciderId of await deciderIdsFor(trx, view)) {
      await notify(trx, {
        organisationId: actor.organisationId,
        userId: deciderId,
        kind: "out_of_hours.requested",
        subject: `${actor.name} asks to use council ICT out of hours`,
        body: `From ${view.startsAt} to ${view.endsAt} on ${view.device}. Reason: ${view.reason}`,
        link: `/out-of-hours/${id}`,
        now,
      });
    }
    return view;
  });
}
