import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import type { UserView } from "../users/user-view.ts";

export interface MarkNotificationReadProps {
  db: Db;
  actor: UserView;
  notificationId: string;
  now?: Date;
}

/**
 * Marks one of the caller's notifications read. Reading a notification changes only the
 * reader's own inbox, so it is not an audited state change. Someone else's id answers 404.
 */
export async function markNotificationRead(props: MarkNotificationReadProps): Promise<void> {
  const row = await props.db
    .selectFrom("notifications")
    .select(["id", "read_at"])
    .where("id", "=", props.notificationId)
    .where("user_id", "=", props.actor.id)
    .executeTakeFirst();
  if (!row) throw new AppError("not_found", "There is no such notification.");
  if (row.read_at) return;
  await props.db
    .updateTable("notifications")
    .set({ read_at: toTimestamp(props.now ?? new Date()) })
    .where("id", "=", row.id)
    .execute();
}
