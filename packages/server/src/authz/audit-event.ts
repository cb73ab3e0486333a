import { hasRole, isSignedIn, type Actor } from "./checks.ts";

/** Who may read the audit log. Nobody may change it: there is no permission for that. */
export const auditEventPolicy = {
  /** Admins and auditors read and export their own organisation's log. */
  canRead: (actor: Actor): boolean =>
    isSignedIn(actor) && (hasRole("admin")(actor) || hasRole("auditor")(actor)),
  canExport: (actor: Actor): boolean => auditEventPolicy.canRead(actor),
};

/** The actions a caller may take on the audit log, sent with every page of it. */
export function auditLogActions(actor: Actor): { export: boolean } {
  return { export: auditEventPolicy.canExport(actor) };
}
