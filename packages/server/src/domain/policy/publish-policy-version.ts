import type { PolicyPack } from "@postwarden/engine";
import type { Db } from "../../db/database.ts";
import type { PolicyVersionRow } from "../../db/schema/policy-versions.ts";
import { newId, toTimestamp } from "../../db/time.ts";

export interface PublishPolicyVersionProps {
  db: Db;
  organisationId: string;
  pack: PolicyPack;
  now?: Date;
}

/** Stores the pack as the organisation's next policy version (1, 2, 3 ...). */
export async function publishPolicyVersion(props: PublishPolicyVersionProps): Promise<PolicyVersionRow> {
  const { db, organisationId } = props;
  return db.transaction().execute(async (trx) => {
    const latest = await trx
      .selectFrom("policy_versions")
      .select((eb) => eb.fn.max("version").as("version"))
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    const row: PolicyVersionRow = {
      id: newId(),
      organisation_id: organisationId,
      version: Number(latest?.version ?? 0) + 1,
      pack: JSON.stringify(props.pack),
      published_at: toTimestamp(props.now ?? new Date()),
    };
    await trx.insertInto("policy_versions").values(row).execute();
    return row;
  });
}
