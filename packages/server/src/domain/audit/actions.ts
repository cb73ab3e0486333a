/**
 * Every action the audit log records. Add one with a line here; names are "<subject>.<past-tense verb>".
 */
export const AUDIT_ACTIONS = [
  "audit.exported",
  "person.created",
  "person.updated",
  "person.left",
  "person.absence_recorded",
  "person.absence_ended",
  "people.imported",
  "sessions.revoked",
  "two_factor.enabled",
  "two_factor.recovery_code_used",
  "two_factor.reset",
  "sso.configured",
  "sso.linked",
  "account.created",
  "account.updated",
  "account.archived",
  "account.access_reviewed",
  "account.secret_set",
  "account.secret_deleted",
  "credential.checked_out",
  "credential.checked_in",
  "credential.checkout_expired",
  "vault.key_rotated",
  "grant.requested",
  "grant.approved",
  "grant.activated",
  "grant.refused",
  "grant.revoked",
  "grant.reviewed",
  "grant.expired",
  "grant.review_overdue",
  "out_of_hours.requested",
  "out_of_hours.approved",
  "out_of_hours.refused",
  "out_of_hours.withdrawn",
  "policy.published",
  "policy.acknowledged",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
