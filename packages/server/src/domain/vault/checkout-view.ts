import type { CredentialCheckoutRow } from "../../db/schema/credential-checkouts.ts";

export interface CheckoutView {
  id: string;
  organisationId: string;
  accountId: string;
  userId: string;
  reason: string;
  checkedOutAt: string;
  expiresAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export function toCheckoutView(row: CredentialCheckoutRow): CheckoutView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    accountId: row.account_id,
    userId: row.user_id,
    reason: row.reason,
    checkedOutAt: row.checked_out_at,
    expiresAt: row.expires_at,
    endedAt: row.ended_at,
    endReason: row.end_reason,
  };
}
