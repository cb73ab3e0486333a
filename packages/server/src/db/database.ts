import type { Kysely } from "kysely";
import type { AccessGrantScopesTable, AccessGrantsTable } from "./schema/access-grants.ts";
import type { AccountAdminsTable } from "./schema/account-admins.ts";
import type { AccountRecoveryContactsTable } from "./schema/account-recovery-contacts.ts";
import type { AccountSecretsTable } from "./schema/account-secrets.ts";
import type { AccountsTable } from "./schema/accounts.ts";
import type { CredentialCheckoutsTable } from "./schema/credential-checkouts.ts";
import type { EmailDeliveriesTable } from "./schema/email-deliveries.ts";
import type { JobsTable } from "./schema/jobs.ts";
import type { NotificationsTable } from "./schema/notifications.ts";
import type { OutOfHoursRequestsTable } from "./schema/out-of-hours-requests.ts";
import type { PolicyAcknowledgementsTable } from "./schema/policy-acknowledgements.ts";
import type { AuditChainHeadsTable } from "./schema/audit-chain-heads.ts";
import type { AuditEventsTable } from "./schema/audit-events.ts";
import type { PendingSignInsTable } from "./schema/pending-sign-ins.ts";
import type { RecoveryCodesTable } from "./schema/recovery-codes.ts";
import type { SsoConfigsTable } from "./schema/sso-configs.ts";
import type { SsoLoginsTable } from "./schema/sso-logins.ts";
import type { TwoFactorCredentialsTable } from "./schema/two-factor-credentials.ts";
import type { LoginAttemptsTable } from "./schema/login-attempts.ts";
import type { OrganisationsTable } from "./schema/organisations.ts";
import type { PolicyVersionsTable } from "./schema/policy-versions.ts";
import type { SessionsTable } from "./schema/sessions.ts";
import type { UserRolesTable } from "./schema/user-roles.ts";
import type { UsersTable } from "./schema/users.ts";

/** Every table, keyed by name. Add a table: a file under schema/, a line here, a migration. */
export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  policy_versions: PolicyVersionsTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  two_factor_credentials: TwoFactorCredentialsTable;
  recovery_codes: RecoveryCodesTable;
  pending_sign_ins: PendingSignInsTable;
  sso_configs: SsoConfigsTable;
  sso_logins: SsoLoginsTable;
  accounts: AccountsTable;
  account_admins: AccountAdminsTable;
  account_recovery_contacts: AccountRecoveryContactsTable;
  account_secrets: AccountSecretsTable;
  credential_checkouts: CredentialCheckoutsTable;
  access_grants: AccessGrantsTable;
  access_grant_scopes: AccessGrantScopesTable;
  out_of_hours_requests: OutOfHoursRequestsTable;
  policy_acknowledgements: PolicyAcknowledgementsTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
  email_deliveries: EmailDeliveriesTable;
}

/** The handle domain code receives; it is passed in, never imported as a global. */
export type Db = Kysely<Database>;

export const DIALECTS = ["sqlite", "postgres"] as const;
export type DialectName = (typeof DIALECTS)[number];
