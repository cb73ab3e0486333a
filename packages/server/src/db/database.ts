import type { Kysely } from "kysely";
import type { AuditChainHeadsTable } from "./schema/audit-chain-heads.ts";
import type { AuditEventsTable } from "./schema/audit-events.ts";
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
}

/** The handle domain code receives; it is passed in, never imported as a global. */
export type Db = Kysely<Database>;

export const DIALECTS = ["sqlite", "postgres"] as const;
export type DialectName = (typeof DIALECTS)[number];
