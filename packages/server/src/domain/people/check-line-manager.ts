import type { Db } from "../../db/database.ts";
import { AppError } from "../../errors.ts";
import { wouldCreateManagerCycle } from "./manager-cycle.ts";

/** Refuses a line manager who is not in the organisation, is the person, or is managed by them. */
export async function checkLineManager(
  db: Db,
  organisationId: string,
  personId: string,
  managerId: string | null,
): Promise<void> {
  if (managerId === null) return;
  const problem = (message: string) =>
    new AppError("validation_failed", `Line manager: ${message}.`, {
      details: [{ path: "lineManagerId", message }],
    });
  if (managerId === personId) throw problem("a person cannot be their own line manager");
  const manager = await db
    .selectFrom("users")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", managerId)
    .executeTakeFirst();
  if (!manager) throw problem("there is no such person in the organisation");
  if (await wouldCreateManagerCycle(db, organisationId, personId, managerId)) {
    throw problem("they already report, directly or indirectly, to this person");
  }
}
