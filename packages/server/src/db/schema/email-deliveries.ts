/**
 * One row per email the server tried to send, keyed by the job's idempotency key, so a job that
 * runs twice finds `sent` and does nothing.
 */
export interface EmailDeliveriesTable {
  idempotency_key: string;
  state: "sending" | "sent";
  message_id: string;
  attempted_at: string;
  sent_at: string | null;
}
