/**
 * @postwarden/server: persistence, HTTP and the use cases the CLI and web app call.
 * The CLI imports from here only; it parses arguments and calls these.
 */
export { loadConfig, readEnv, ConfigError, type AppConfig, type EnvSettings } from "./config.ts";
export { AppError, ERROR_STATUS, isAppError, type ErrorCode, type ErrorDetail } from "./errors.ts";
export { ROLES, isRole, type Role } from "./roles.ts";
export { createLogger } from "./logger.ts";

export { DIALECTS, type Database, type Db, type DialectName } from "./db/database.ts";
export { openDatabase, dialectFor, type OpenDatabaseOptions } from "./db/open-database.ts";
export { migrateToLatest, type MigrationReport } from "./db/migrate.ts";

export { addUser, type AddUserProps } from "./domain/users/add-user.ts";
export type { UserView } from "./domain/users/user-view.ts";
export {
  generatePassword,
  hashPassword,
  verifyPassword,
  MIN_PASSWORD_LENGTH,
} from "./domain/auth/passwords.ts";
export { signIn, type SignInProps } from "./domain/auth/sign-in.ts";
export { findDefaultOrganisation } from "./domain/organisations/default-organisation.ts";
export { createOrganisation } from "./domain/organisations/create-organisation.ts";
export { publishPolicyVersion } from "./domain/policy/publish-policy-version.ts";
export {
  ensureFirstStart,
  firstAdminNotice,
  DEFAULT_ORGANISATION,
  type FirstStartResult,
} from "./domain/setup/first-start.ts";

export { recordAuditEvent, type AuditEventInput } from "./domain/audit/record-audit-event.ts";
export { verifyAuditChain, type VerifyAuditChainResult } from "./domain/audit/verify-audit-chain.ts";
export { exportAuditEvents, type AuditExportFormat } from "./domain/audit/export-audit-events.ts";

export { buildApp, type App, type BuildAppOptions } from "./http/app.ts";
export { startServer, type RunningServer, type StartServerOptions } from "./http/server.ts";
export { rotateVaultKey, type RotationResult } from "./crypto/rotate-vault-key.ts";
