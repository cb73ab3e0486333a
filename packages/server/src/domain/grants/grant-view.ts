import type { Db } from "../../db/database.ts";
import type { AccessGrantRow, GrantScope, GrantState } from "../../db/schema/access-grants.ts";
import { GRANT_SCOPES } from "../../db/schema/access-grants.ts";
import { AppError } from "../../errors.ts";
import type { ManagedRequestSubject } from "../../authz/access-grant.ts";
import { lineManagerOf } from "./line-manager.ts";

export interface GrantView extends ManagedRequestSubject {
  id: string;
  state: GrantState;
  account: { id: string; platform: string; handle: string };
  employee: { id: string; name: string };
  scopes: GrantScope[];
  reason: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  overrideReason: string | null;
  activatedAt: string | null;
  expiresAt: string | null;
  nextReviewAt: string | null;
  lastReviewedAt: string | null;
  reviewOverdue: boolean;
  endedAt: string | null;
  endReason: string | null;
}

/** Grants with their account, employee, scopes and who decides for the employee. */
export async function loadGrantViews(
  db: Db,
  organisationId: string,
  filter: { ids?: string[]; userIds?: string[] } = {},
  now: Date = new Date(),
): Promise<GrantView[]> {
  let query = db
    .selectFrom("access_grants")
    .innerJoin("accounts", "accounts.id", "access_grants.account_id")
    .innerJoin("users", "users.id", "access_grants.user_id")
    .selectAll("access_grants")
    .select(["accounts.platform", "accounts.handle", "users.name as employee_name"])
    .where("access_grants.organisation_id", "=", organisationId);
  if (filter.ids) query = query.where("access_grants.id", "in", filter.ids.length ? filter.ids : [""]);
  if (filter.userIds)
    query = query.where("access_grants.user_id", "in", filter.userIds.length ? filter.userIds : [""]);
  const rows = await query.orderBy("access_grants.requested_at", "desc").execute();
  if (rows.length === 0) return [];
  const scopes = await db
    .selectFrom("access_grant_scopes")
    .selectAll()
    .where(
      "grant_id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  const managers = new Map<string, Awaited<ReturnType<typeof lineManagerOf>>>();
  for (const userId of new Set(rows.map((r) => r.user_id)))
    managers.set(userId, await lineManagerOf(db, userId, now));
  return rows.map((row) =>
    toView(row, scopes, managers.get(row.user_id) ?? { managerId: null, managerAvailable: false }),
  );
}

function toView(
  row: AccessGrantRow & { platform: string; handle: string; employee_name: string },
  scopes: { grant_id: string; scope: GrantScope }[],
  manager: { managerId: string | null; managerAvailable: boolean },
): GrantView {
  const held = new Set(scopes.filter((s) => s.grant_id === row.id).map((s) => s.scope));
  return {
    id: row.id,
    organisationId: row.organisation_id,
    userId: row.user_id,
    state: row.state,
    managerId: manager.managerId,
    managerAvailable: manager.managerAvailable,
    account: { id: row.account_id, platform: row.platform, handle: row.handle },
    employee: { id: row.user_id, name: row.employee_name },
    scopes: GRANT_SCOPES.filter((s) => held.has(s)),
    reason: row.reason,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    overrideReason: row.override_reason,
    activatedAt: row.activated_at,
    expiresAt: row.expires_at,
    nextReviewAt: row.next_review_at,
    lastReviewedAt: row.last_reviewed_at,
    reviewOverdue: row.review_overdue === 1,
    endedAt: row.ended_at,
    endReason: row.end_reason,
  };
}

export async function loadGrantView(
  db: Db,
  organisationId: string,
  grantId: string,
  now?: Date,
): Promise<GrantView> {
  const [view] = await loadGrantViews(db, organisationId, { ids: [grantId] }, now);
  if (!view) throw new AppError("not_found", "There is no such access grant.");
  return view;
}

/** The grant for the audit log: its state and dates, without derived fields. */
export function grantSnapshot(view: GrantView) {
  const { managerAvailable: _a, ...rest } = view;
  return rest;
}
