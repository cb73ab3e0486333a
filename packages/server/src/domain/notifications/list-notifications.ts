import type { Db } from "../../db/database.ts";
import type { UserView } from "../users/user-view.ts";

export interface NotificationView {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface ListNotificationsProps {
  db: Db;
  actor: UserView;
  unreadOnly?: boolean;
  limit?: number;
}

/** The caller's own notifications, newest first. Nobody reads anyone else's. */
export async function listNotifications(props: ListNotificationsProps): Promise<NotificationView[]> {
  let query = props.db
    .selectFrom("notifications")
    .select(["id", "kind", "subject", "body", "link", "created_at", "read_at"])
    .where("user_id", "=", props.actor.id)
    .where("organisation_id", "=", props.actor.organisationId);
  if (props.unreadOnly) query = query.where("read_at", "is", null);
  const rows = await query
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(props.limit ?? 100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}
