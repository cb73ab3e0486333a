import type { Db } from "../../db/database.ts";
import type { Organisation } from "../../db/schema/organisations.ts";

/** The organisation a single-council deployment runs for: the first one created. */
export async function findDefaultOrganisation(db: Db): Promise<Organisation | undefined> {
  return db
    .selectFrom("organisations")
    .selectAll()
    .orderBy("created_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
}
