import { builtInRules, parsePolicyPack, PolicyPackError } from "@postwarden/engine";
import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { policyPolicy } from "../../authz/policy.ts";
import { authorize } from "../../authz/checks.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notify } from "../notifications/notify.ts";
import type { UserView } from "../users/user-view.ts";

export interface PublishPolicyProps {
  db: Db;
  actor: UserView;
  /** The policy pack as received (JSON); validated here. */
  pack: unknown;
  now?: Date;
  ip?: string | null;
}

export interface PublishedPolicy {
  id: string;
  version: number;
  publishedAt: string;
  asked: number;
}

/**
 * Publishes the organisation's next policy version and asks every current member of staff to
 * acknowledge it. Until they do, their approved channel access stays inactive.
 */
export async function publishPolicy(props: PublishPolicyProps): Promise<PublishedPolicy> {
  const { db, actor } = props;
  authorize(policyPolicy.canPublish(actor, actor), actor);
  let pack;
  try {
    pack = parsePolicyPack(
      props.pack,
      builtInRules.map((r) => r.meta.id),
    );
  } catch (error) {
    if (error instanceof PolicyPackError) {
      throw new AppError("validation_failed", "The policy pack is not valid.", {
        details: error.issues.map((i) => ({ path: `body.pack.${i.path}`, message: i.message })),
      });
    }
    throw error;
  }
  const now = props.now ?? new Date();
  const at = toTimestamp(now);
  return db.transaction().execute(async (trx) => {
    const latest = await trx
      .selectFrom("policy_versions")
      .select((eb) => eb.fn.max("version").as("version"))
      .where("organisation_id", "=", actor.organisationId)
      .executeTakeFirst();
    const version = Number(latest?.version ?? 0) + 1;
    const id = newId();
    await trx
      .insertInto("policy_versions")
      .values({
        id,
        organisation_id: actor.organisationId,
        version,
        pack: JSON.stringify(pack),
        published_at: at,
      })
      .execute();
    await recordAuditEvent(trx, {
      organisationId: actor.organisationId,
      actorId: actor.id,
      action: "policy.published",
      subjectType: "policy_version",
      subjectId: id,
      after: { version, publishedAt: at, packName: (pack as { name?: string }).name ?? null },
      ip: props.ip ?? null,
      at: now,
    });
    const staff = await trx
      .selectFrom("users")
      .select("id")
      .where("organisation_id", "=", actor.organisationId)
      .where("status", "=", "active")
      .execute();
    for (const person of staff) {
      await notify(trx, {
        organisationId: actor.organisationId,
        userId: person.id,
        kind: "policy.acknowledge",
        subject: `Please read and acknowledge version ${version} of the social media policy`,
        body: "A new version of the Use of Social Media Policy has been published. Read it and confirm you have.",
        link: "/policy",
        dedupeKey: `policy-ack:${id}:0`,
        now,
      });
    }
    return { id, version, publishedAt: at, asked: staff.length };
  });
}
