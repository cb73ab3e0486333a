import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../authz/checks.ts";
import { policyPolicy } from "../../authz/policy.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { activateReadyGrants } from "../grants/activate-ready-grants.ts";
import type { UserView } from "../users/user-view.ts";
import { currentPolicyVersion } from "./current-policy-version.ts";

export interface AcknowledgePolicyProps {
  db: Db;
  actor: UserView;
  now?: Date;
  ip?: string | null;
  device?: string | null;
}

/**
 * The caller confirms they have read the current policy version. Acknowledging twice is
 * harmless. Approved grants that were waiting only for this become active in the same step.
 */
export async function acknowledgePolicy(
  props: AcknowledgePolicyProps,
): Promise<{ version: number; acknowledgedAt: string; activatedGrantIds: string[] }> {
  const { db, actor } = props;
  const now = props.now ?? new Date();
  const current = await currentPolicyVersion(db, actor.organisationId);
  if (!current) throw new AppError("not_found", "No policy has been published yet.");
  authorize(policyPolicy.canAcknowledge(actor, { organisationId: current.organisation_id }), actor);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("policy_acknowledgements")
      .select("acknowledged_at")
      .where("policy_version_id", "=", current.id)
      .where("user_id", "=", actor.id)
      .executeTakeFirst();
    if (existing)
      return { version: current.version, acknowledgedAt: existing.acknowledged_at, activatedGrantIds: [] };
    const at = toTimestamp(now);
    const id = newId();
    await trx
      .insertInto("policy_acknowledgements")
      .values({
        id,
        organisation_id: actor.organisationId,
        policy_version_id: current.id,
        user_id: actor.id,
        acknowledged_at: at,
      })
      .execute();
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "policy.acknowledged",
      subjectType: "policy_version",
      subjectId: current.id,
      after: { version: current.version, userId: actor.id, acknowledgedAt: at },
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
    const activatedGrantIds = await activateReadyGrants(trx, {
      organisationId: actor.organisationId,
      userId: actor.id,
      actorId: actor.id,
      now,
    });
    return { version: current.version, acknowledgedAt: at, activatedGrantIds };
  });
}
