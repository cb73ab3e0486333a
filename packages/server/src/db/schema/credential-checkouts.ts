import type { Selectable } from "kysely";

export const CHECKOUT_END_REASONS = ["checked_in", "expired", "revoked"] as const;
export type CheckoutEndReason = (typeof CHECKOUT_END_REASONS)[number];

/** One member of staff holding a shared login for a limited time. */
export interface CredentialCheckoutsTable {
  id: string;
  organisation_id: string;
  account_id: string;
  user_id: string;
  reason: string;
  checked_out_at: string;
  expires_at: string;
  ended_at: string | null;
  end_reason: CheckoutEndReason | null;
}

export type CredentialCheckoutRow = Selectable<CredentialCheckoutsTable>;
