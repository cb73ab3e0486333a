import type { Db } from "../../db/database.ts";
import type { AccountRow, Platform, TwoFactorStatus } from "../../db/schema/accounts.ts";
import type { SecretKind } from "../../db/schema/account-secrets.ts";
import { AppError } from "../../errors.ts";

export interface PersonRef {
  id: string;
  name: string;
}

export interface RecoveryContact {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface SecretStatus {
  hasSecret: boolean;
  updatedAt: string | null;
}

/** An account as the product sees it: never a secret, only whether one is stored. */
export interface AccountView {
  id: string;
  organisationId: string;
  platform: Platform;
  handle: string;
  displayName: string;
  url: string | null;
  owner: PersonRef | null;
  admins: PersonRef[];
  recoveryContacts: RecoveryContact[];
  twoFactor: TwoFactorStatus;
  lastAccessReviewAt: string | null;
  reviewIntervalDays: number;
  /** When the next access review falls due: the last review (or creation) plus the interval. */
  reviewDueAt: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  secrets: Record<SecretKind, SecretStatus>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function reviewDueAt(
  row: Pick<AccountRow, "last_access_review_at" | "created_at" | "review_interval_days">,
) {
  const from = new Date(row.last_access_review_at ?? row.created_at).getTime();
  return new Date(from + row.review_interval_days * DAY_MS).toISOString();
}

/** Loads accounts of one organisation with their people and secret status, in one pass each. */
export async function loadAccountViews(
  db: Db,
  organisationId: string,
  filter: { ids?: string[]; includeArchived?: boolean } = {},
): Promise<AccountView[]> {
  let query = db.selectFrom("accounts").selectAll().where("organisation_id", "=", organisationId);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where("id", "in", filter.ids);
  }
  if (!filter.includeArchived) query = query.where("archived_at", "is", null);
  const rows = await query.orderBy("platform").orderBy("handle").execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [admins, contacts, secrets, owners] = await Promise.all([
    db
      .selectFrom("account_admins")
      .innerJoin("users", "users.id", "account_admins.user_id")
      .select(["account_admins.account_id", "users.id", "users.name"])
      .where("account_admins.account_id", "in", ids)
      .orderBy("users.name")
      .execute(),
    db
      .selectFrom("account_recovery_contacts")
      .select(["account_id", "name", "email", "phone"])
      .where("account_id", "in", ids)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("account_secrets")
      .select(["account_id", "kind", "updated_at"])
      .where("account_id", "in", ids)
      .execute(),
    db
      .selectFrom("users")
      .select(["id", "name"])
      .where("organisation_id", "=", organisationId)
      .where(
        "id",
        "in",
        rows
          .map((r) => r.owner_id)
          .filter((id): id is string => id !== null)
          .concat([""]),
      )
      .execute(),
  ]);
  const ownerName = new Map(owners.map((o) => [o.id, o.name]));
  return rows.map((row) => {
    const secretOf = (kind: SecretKind): SecretStatus => {
      const found = secrets.find((s) => s.account_id === row.id && s.kind === kind);
      return { hasSecret: Boolean(found), updatedAt: found?.updated_at ?? null };
    };
    return {
      id: row.id,
      organisationId: row.organisation_id,
      platform: row.platform,
      handle: row.handle,
      displayName: row.display_name,
      url: row.url,
      owner: row.owner_id ? { id: row.owner_id, name: ownerName.get(row.owner_id) ?? "" } : null,
      admins: admins.filter((a) => a.account_id === row.id).map((a) => ({ id: a.id, name: a.name })),
      recoveryContacts: contacts
        .filter((c) => c.account_id === row.id)
        .map((c) => ({ name: c.name, email: c.email, phone: c.phone })),
      twoFactor: row.two_factor,
      lastAccessReviewAt: row.last_access_review_at,
      reviewIntervalDays: row.review_interval_days,
      reviewDueAt: reviewDueAt(row),
      archivedAt: row.archived_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      secrets: { api_token: secretOf("api_token"), shared_password: secretOf("shared_password") },
    };
  });
}

/** One account of the caller's organisation, or 404 (also for another organisation's id). */
export async function loadAccountView(
  db: Db,
  organisationId: string,
  accountId: string,
): Promise<AccountView> {
  const [view] = await loadAccountViews(db, organisationId, { ids: [accountId], includeArchived: true });
  if (!view) throw new AppError("not_found", "There is no such account.");
  return view;
}

/** The register entry without people's contact details, for audit snapshots and other readers. */
export function auditSnapshot(view: AccountView) {
  const { secrets: _secrets, recoveryContacts, ...rest } = view;
  return { ...rest, recoveryContactCount: recoveryContacts.length };
}
