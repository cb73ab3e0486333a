import type { Migration, MigrationProvider } from "kysely";
import * as accountRegister from "./0200_account_register.ts";
import * as accessRequests from "./0210_access_requests.ts";
import * as jobsAndNotifications from "./0220_jobs_and_notifications.ts";
import * as managerAbsence from "./0230_manager_absence.ts";
import * as foundation from "./0001_foundation.ts";
import * as auditLog from "./0100_audit_log.ts";
import * as people from "./0110_people.ts";
import * as twoFactor from "./0120_two_factor.ts";
import * as singleSignOn from "./0130_single_sign_on.ts";

/**
 * Every migration, in order. A static list (not a folder scan) so migrations work the same
 * under tsx, vitest and any bundler. Add a file `NNNN_name.ts` and a line here.
 */
export const migrations: Record<string, Migration> = {
  "0001_foundation": foundation,
  "0100_audit_log": auditLog,
  "0110_people": people,
  "0120_two_factor": twoFactor,
  "0130_single_sign_on": singleSignOn,
  "0200_account_register": accountRegister,
  "0210_access_requests": accessRequests,
  "0220_jobs_and_notifications": jobsAndNotifications,
  "0230_manager_absence": managerAbsence,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
