import type { Db } from "../../db/database.ts";

/** Longest management chain followed before giving up; real org charts are far shallower. */
const MAX_DEPTH = 1000;

/**
 * True when making `managerId` the line manager of `personId` would close a loop: the person
 * would end up managing themselves through the chain above the new manager.
 */
export async function wouldCreateManagerCycle(
  db: Db,
  organisationId: string,
  personId: string,
  managerId: string,
): Promise<boolean> {
  let current: string | null = managerId;
  for (let depth = 0; current !== null && depth < MAX_DEPTH; depth++) {
    if (current === personId) return true;
    const row: { line_manager_id: string | null } | undefined = await db
      .selectFrom("users")
      .select("line_manager_id")
      .where("organisation_id", "=", organisationId)
      .where("id", "=", current)
      .executeTakeFirst();
    current = row?.line_manager_id ?? null;
  }
  return current !== null;
}

/** The same check over an in-memory chart (manager of each person), for imports. */
export function findManagerCycle(
  managerOf: ReadonlyMap<string, string | null>,
  start: string,
): string[] | null {
  const seen: string[] = [];
  let current: string | null | undefined = start;
  while (current != null) {
    const at = seen.indexOf(current);
    if (at >= 0) return seen.slice(at);
    seen.push(current);
    current = managerOf.get(current);
  }
  return null;
}
