import type { Selectable } from "kysely";

export const GRANT_STATES = ["requested", "approved", "active", "expired", "revoked", "refused"] as const;
export type GrantState = (typeof GRANT_STATES)[number];

export const GRANT_SCOPES = ["post", "reply", "moderate"] as const;
export type GrantScope = (typeof GRANT_SCOPES)[number];

/**
 * A member of staff's access to one council account (procedure.3). `approved` means the line
 * manager agreed but the employee still lacks a prerequisite (policy acknowledgement or
 * two-factor sign-in); it becomes `active` once both hold.
 */
export interface AccessGrantsTable {
  id: string;
  organisation_id: string;
  account_id: string;
  user_id: string;
  state: GrantState;
  reason: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  /** Set when an admin decided in place of the line manager, saying why. */
  override_reason: string | null;
  activated_at: string | null;
  expires_at: string | null;
  next_review_at: string | null;
  last_reviewed_at: string | null;
  /** 1 once the six-monthly review date has passed without a review. */
  review_overdue: number;
  ended_by: string | null;
  ended_at: string | null;
  end_reason: string | null;
  updated_at: string;
}

export type AccessGrantRow = Selectable<AccessGrantsTable>;

export interface AccessGrantScopesTable {
  grant_id: string;
  scope: GrantScope;
}
