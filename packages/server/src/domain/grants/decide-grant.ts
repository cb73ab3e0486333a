import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { accessGrantPolicy } from "../../authz/access-grant.ts";
import { authorize } from "../../authz/checks.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notify } from "../notifications/notify.ts";
import type { UserView } from "../users/user-view.ts";
import { activateReadyGrants } from "./activate-ready-grants.ts";
import { grantSnapshot, loadGrantView, type GrantView } from "./grant-view.ts";

export interface DecideGrantProps {
  db: Db;
  actor: UserView;
  grantId: string;
  decision: "approve" | "refuse";
  note?: string | null;
  /** Required when an admin decides while the employee's line manager is still here. */
  overrideReason?: string | null;
  now?: Date;
  ip?: string | null;
}

/**
 * The line manager approves or refuses (procedure.3). An approval becomes active at once when
 * the employee has acknowledged the current policy and set up two-factor sign-in; otherwise it
 * waits in `approved` until they have.
 */
export async function decideGrant(props: DecideGrantProps): Promise<GrantView> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  const before = await loadGrantView(db, actor.organisationId, props.grantId, now);
  const allowed =
    props.decision === "approve"
      ? accessGrantPolicy.canApprove(actor, before, props.overrideReason)
      : accessGrantPolicy.canRefuse(actor, before, props.overrideReason);
  const decidable =
    before.state === "requested" || (props.decision === "refuse" && before.state === "approved");
  if (!decidable)
    throw new AppError("conflict", `This request is ${before.state}; it cannot be decided now.`);
  authorize(allowed, actor);
  const usedOverride = actor.id !== before.managerId || !before.managerAvailable;
  const overrideReason = usedOverride
    ? props.overrideReason?.trim() || "The line manager has left, is away, or is not recorded."
    : null;
  const at = toTimestamp(now);
  return db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable("access_grants")
      .set({
        state: props.decision === "approve" ? "approved" : "refused",
        decided_by: actor.id,
        decided_at: at,
        decision_note: props.note ?? null,
        override_reason: overrideReason,
        ...(props.decision === "refuse" ? { ended_at: at, ended_by: actor.id, end_reason: "refused" } : {}),
        updated_at: at,
      })
      .where("id", "=", before.id)
      .where("state", "=", before.state)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1)
      throw new AppError("conflict", "Someone else decided this request first.");
    const decided = await loadGrantView(trx, actor.organisationId, before.id, now);
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: props.decision === "approve" ? "grant.approved" : "grant.refused",
      subjectType: "access_grant",
      subjectId: before.id,
      before: grantSnapshot(before),
      after: grantSnapshot(decided),
      ip: props.ip ?? null,
      at: now,
    });
    await notify(trx, {
      organisationId: actor.organisationId,
      userId: before.userId,
      kind: "grant.decided",
      subject: `Your access request for ${before.account.handle} was ${props.decision === "approve" ? "approved" : "refused"}`,
      body:
        props.decision === "approve"
          ? "It becomes active once you have acknowledged the current policy and set up two-factor sign-in."
          : `Reason: ${props.note ?? "none given"}`,
      link: `/grants/${before.id}`,
      now,
    });
    if (props.decision === "approve") {
      await activateReadyGrants(trx, {
        organisationId: actor.organisationId,
        userId: before.userId,
        actorId: actor.id,
        now,
      });
    }
    return loadGrantView(trx, actor.organisationId, before.id, now);
  });
}
