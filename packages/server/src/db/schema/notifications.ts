import type { Selectable } from "kysely";

export const EMAIL_STATES = ["pending", "queued", "sent", "skipped"] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/**
 * A message to one member of staff, shown in the app and sent by email. `dedupe_key` makes a
 * recurring reminder idempotent: one notification per user and key.
 */
export interface NotificationsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  dedupe_key: string | null;
  created_at: string;
  read_at: string | null;
  email_state: EmailState;
  emailed_at: string | null;
}

export type NotificationRow = Selectable<NotificationsTable>;
