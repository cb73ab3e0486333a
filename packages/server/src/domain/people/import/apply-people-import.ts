import { createHash } from "node:crypto";
import type { Db } from "../../../db/database.ts";
import { toTimestamp } from "../../../db/time.ts";
import { AppError } from "../../../errors.ts";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { findPerson, type PersonView } from "../person-view.ts";
import { recordLeaving } from "../record-leaving.ts";
import { planPeopleImport, type ImportReport, type PlannedPerson } from "./plan-people-import.ts";

export interface ApplyPeopleImportProps {
  db: Db;
  organisationId: string;
  actorId: string | null;
  csv: string;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/** Rows per INSERT: well inside both dialects' bound-parameter limits. */
const BATCH = 500;

/**
 * Applies a people CSV in one transaction: all of it or, if any row has an error, none of it
 * (a `validation_failed` error carries the report). New people are inserted in batches,
 * managers before their reports; only rows that differ are updated, so importing the same file
 * again writes nothing. The audit log gets one `people.imported` event listing who was created
 * and what changed for whom (file hash included), plus a `person.left` event for each leaver.
 */
export async function applyPeopleImport(props: ApplyPeopleImportProps): Promise<ImportReport> {
  const { organisationId } = props;
  const now = props.now ?? new Date();
  return props.db.transaction().execute(async (trx) => {
    const { report, people } = await planPeopleImport({ db: trx, organisationId, csv: props.csv, now });
    if (report.errors.length > 0) {
      throw new AppError(
        "validation_failed",
        `The file has ${report.errors.length} problem(s); nothing was imported.`,
        {
          details: report.errors.map((e) => ({ path: `row ${e.row}.${e.column}`, message: e.message })),
        },
      );
    }
    const stamp = toTimestamp(now);
    const created = people.filter((p) => !p.existing);
    for (const batch of chunks(managersFirst(created), BATCH)) {
      await trx
        .insertInto("users")
        .values(
          batch.map((p) => ({
            id: p.id,
            organisation_id: organisationId,
            email: p.email,
            name: p.name,
            password_hash: null,
            status: p.leaveDateReached ? ("left" as const) : ("active" as const),
            department: p.department,
            line_manager_id: p.lineManagerId,
            job_title: p.jobTitle,
            start_date: p.startDate,
            leave_date: p.leaveDate,
            created_at: stamp,
            updated_at: stamp,
          })),
        )
        .execute();
    }
    const newRoles = created.flatMap((p) => p.roles.map((role) => ({ user_id: p.id, role })));
    for (const batch of chunks(newRoles, BATCH)) await trx.insertInto("user_roles").values(batch).execute();

    const updated = people.filter((p) => p.existing && p.changes.length > 0);
    for (const person of updated) {
      const returning = person.existing?.status === "left" && !person.leaveDateReached;
      await trx
        .updateTable("users")
        .set({
          name: person.name,
          department: person.department,
          line_manager_id: person.lineManagerId,
          job_title: person.jobTitle,
          start_date: person.startDate,
          leave_date: person.leaveDate,
          ...(returning ? { status: "active" as const } : {}),
          updated_at: stamp,
        })
        .where("organisation_id", "=", organisationId)
        .where("id", "=", person.id)
        .execute();
      if (person.changes.includes("roles")) {
        await trx.deleteFrom("user_roles").where("user_id", "=", person.id).execute();
        await trx
          .insertInto("user_roles")
          .values(person.roles.map((role) => ({ user_id: person.id, role })))
          .execute();
      }
    }

    if (created.length > 0 || updated.length > 0) {
      await recordAuditEvent(trx, {
        organisationId,
        actorId: props.actorId,
        action: "people.imported",
        subjectType: "organisation",
        subjectId: organisationId,
        after: {
          fileSha256: createHash("sha256").update(props.csv, "utf8").digest("hex"),
          rows: report.rows,
          created: created.map((p) => ({ id: p.id, email: p.email })),
          updated: updated.map((p) => ({ id: p.id, email: p.email, changes: p.changes })),
          unchanged: report.unchanged.length,
        },
        ip: props.ip ?? null,
        device: props.device ?? null,
        at: now,
      });
    }
    for (const leaver of people.filter((p) => p.becomesLeaver)) {
      const person = (await findPerson(trx, organisationId, leaver.id)) as PersonView;
      await recordLeaving(trx, {
        person,
        leaveDate: leaver.leaveDate as string,
        actorId: props.actorId,
        ip: props.ip,
        device: props.device,
        now,
      });
    }
    return report;
  });
}

/** Orders new people so each one's manager (if also new) comes earlier: a batch never points ahead. */
function managersFirst(created: PlannedPerson[]): PlannedPerson[] {
  const byId = new Map(created.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const depthOf = (person: PlannedPerson): number => {
    const known = depth.get(person.id);
    if (known !== undefined) return known;
    // Loops were refused when planning, so this walk ends.
    let d = 0;
    for (
      let m = person.lineManagerId && byId.get(person.lineManagerId);
      m;
      m = m.lineManagerId && byId.get(m.lineManagerId)
    )
      d++;
    depth.set(person.id, d);
    return d;
  };
  return [...created].sort((a, b) => depthOf(a) - depthOf(b));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
