import type { Db } from "../../db/database.ts";
import { authorize } from "../../authz/checks.ts";
import { policyPolicy } from "../../authz/policy.ts";
import type { UserView } from "../users/user-view.ts";
import { currentPolicyVersion } from "./current-policy-version.ts";

export interface DepartmentCoverage {
  /** null for staff with no department recorded. */
  department: string | null;
  staff: number;
  acknowledged: number;
}

export interface PolicyCoverage {
  version: number | null;
  departments: DepartmentCoverage[];
  total: { staff: number; acknowledged: number };
}

/** How many current staff have acknowledged the current version, per department. */
export async function policyCoverage(props: { db: Db; actor: UserView }): Promise<PolicyCoverage> {
  const { db, actor } = props;
  authorize(policyPolicy.canReadCoverage(actor, actor), actor);
  const current = await currentPolicyVersion(db, actor.organisationId);
  const staff = await db
    .selectFrom("users")
    .leftJoin("policy_acknowledgements as ack", (join) =>
      join.onRef("ack.user_id", "=", "users.id").on("ack.policy_version_id", "=", current?.id ?? ""),
    )
    .select(["users.department", "ack.id as ackId"])
    .where("users.organisation_id", "=", actor.organisationId)
    .where("users.status", "=", "active")
    .execute();
  const byDepartment = new Map<string | null, DepartmentCoverage>();
  for (const person of staff) {
    const entry = byDepartment.get(person.department) ?? {
      department: person.department,
      staff: 0,
      acknowledged: 0,
    };
    entry.staff += 1;
    if (person.ackId) entry.acknowledged += 1;
    byDepartment.set(person.department, entry);
  }
  const departments = [...byDepartment.values()].sort((a, b) =>
    (a.department ?? "\uffff").localeCompare(b.department ?? "\uffff"),
  );
  return {
    version: current?.version ?? null,
    departments,
    total: {
      staff: staff.length,
      acknowledged: departments.reduce((n, d) => n + d.acknowledged, 0),
    },
  };
}
