import type { Db } from "../../db/database.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { UserView } from "../users/user-view.ts";

export interface EndAllSessionsProps {
  db: Db;
  user: UserView;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/** Signs the user out everywhere: every session and half-finished sign-in of theirs ends. */
export async function endAllSessions(props: EndAllSessionsProps): Promise<number> {
  const { user } = props;
  return props.db.transaction().execute(async (trx) => {
    const ended = await trx.deleteFrom("sessions").where("user_id", "=", user.id).executeTakeFirst();
    await trx.deleteFrom("pending_sign_ins").where("user_id", "=", user.id).execute();
    const count = Number(ended.numDeletedRows);
    await recordAuditEvent(trx, {
      organisationId: user.organisationId,
      actorId: user.id,
      action: "sessions.revoked",
      subjectType: "user",
      subjectId: user.id,
      after: { sessionsEnded: count },
      ip: props.ip ?? null,
      device: props.device ?? null,
      ...(props.now ? { at: props.now } : {}),
    });
    return count;
  });
}
