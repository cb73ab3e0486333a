import type { Db } from "../../db/database.ts";
import type { GrantScope } from "../../db/schema/access-grants.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { accessGrantPolicy } from "../../authz/access-grant.ts";
import { authorize } from "../../authz/checks.ts";
import { loadAccountView } from "../accounts/account-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notify } from "../notifications/notify.ts";
import type { UserView } from "../users/user-view.ts";
import { grantSnapshot, loadGrantView, type GrantView } from "./grant-view.ts";
import { deciderIdsFor } from "./deciders.ts";

export interface RequestGrantProps {
  db: Db;
  actor: UserView;
  accountId: string;
  scopes: GrantScope[];
  reason: string;
  now?: Date;
  ip?: string | null;
}

/** An employee asks for access to a council account; their line manager is told. */
export async function requestGrant(props: RequestGrantProps): Promise<GrantView> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  const account = await loadAccountView(db, actor.organisationId, props.accountId);
  authorize(accessGrantPolicy.canRequest(actor, account), actor);
  const scopes = [...new Set(props.scopes)];
  if (scopes.length === 0)
    throw new AppError("validation_failed", "Choose at least one of post, reply or moderate.");
  const open = await db
    .selectFrom("access_grants")
    .select("id")
    .where("user_id", "=", actor.id)
    .where("account_id", "=", account.id)
    .where("state", "in", ["requested", "approved", "active"])
    .executeTakeFirst();
  if (open) throw new AppError("conflict", "You already have a request or a grant for this account.");
  const id = newId();
  const at = toTimestamp(now);
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("access_grants")
      .values({
        id,
        organisation_id: actor.organisationId,
        account_id: account.id,
        user_id: actor.id,
        state: "requested",
        reason: props.reason,
        requested_at: at,
        decided_by: null,
        decided_at: null,
        decision_note: null,
        override_reason: null,
        activated_at: null,
        expires_at: null,
        next_review_at: null,
        last_reviewed_at: null,
        review_overdue: 0,
        ended_by: null,
        ended_at: null,
        end_reason: null,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto("access_grant_scopes")
      .values(scopes.map((scope) => ({ grant_id: id, scope })))
      .execute();
    const view = await loadGrantView(trx, actor.organisationId, id, now);
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "grant.requested",
      subjectType: "access_grant",
      subjectId: id,
      after: grantSnapshot(view),
      ip: props.ip ?? null,
      at: now,
    });
    for (const deciderId of await deciderIdsFor(trx, view)) {
      await notify(trx, {
        organisationId: actor.organisationId,
        userId: deciderId,
        kind: "grant.requested",
        subject: `${actor.name} asks for access to ${account.platform} ${account.handle}`,
        body: `${actor.name} asks to ${scopes.join(", ")} on ${account.displayName}. Reason: ${props.reason}`,
        link: `/grants/${id}`,
        now,
      });
    }
    return view;
  });
}
