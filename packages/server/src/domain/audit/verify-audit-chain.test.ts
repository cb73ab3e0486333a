import { beforeEach, expect, it } from "vitest";
import type { Db } from "../../db/database.ts";
import type { Organisation } from "../../db/schema/organisations.ts";
import { newId } from "../../db/time.ts";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildOrganisation } from "../../testing/factories.ts";
import { auditEventHash } from "./audit-hash.ts";
import { recordAuditEvent } from "./record-audit-event.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

async function fiveEvents(db: Db, organisation: Organisation) {
  for (let i = 1; i <= 5; i++) {
    await recordAuditEvent(db, {
      organisationId: organisation.id,
      actorId: null,
      action: "person.updated",
      subjectType: "user",
      subjectId: `user-${i}`,
      after: { step: i },
    });
  }
  return db
    .selectFrom("audit_events")
    .selectAll()
    .where("organisation_id", "=", organisation.id)
    .orderBy("seq")
    .execute();
}

describeEachDialect("verifyAuditChain", (ctx) => {
  let organisation: Organisation;
  beforeEach(async () => {
    organisation = await buildOrganisation(ctx.db);
  });
  const verify = (batchSize = 2) =>
    verifyAuditChain({ db: ctx.db, organisationId: organisation.id, batchSize });

  it("accepts an untouched chain, reading it in batches", async () => {
    await fiveEvents(ctx.db, organisation);
    expect(await verify()).toEqual({ ok: true, organisations: 1, events: 5 });
  });

  it("names the row whose content was changed", async () => {
    const rows = await fiveEvents(ctx.db, organisation);
    await ctx.db
      .updateTable("audit_events")
      .set({ after: '{"step":99}' })
      .where("id", "=", rows[2]!.id)
      .execute();
    const result = await verify();
    expect(result).toMatchObject({
      ok: false,
      broken: { seq: 3, id: rows[2]!.id, reason: expect.stringMatching(/content/) },
    });
  });

  it("names the row after one that was deleted", async () => {
    const rows = await fiveEvents(ctx.db, organisation);
    await ctx.db.deleteFrom("audit_events").where("id", "=", rows[1]!.id).execute();
    const result = await verify();
    expect(result).toMatchObject({
      ok: false,
      broken: { seq: 3, id: rows[2]!.id, reason: expect.stringMatching(/missing/) },
    });
  });

  it("notices rows removed from the end", async () => {
    const rows = await fiveEvents(ctx.db, organisation);
    await ctx.db.deleteFrom("audit_events").where("id", "=", rows[4]!.id).execute();
    expect(await verify()).toMatchObject({ ok: false, broken: { seq: 5, id: null } });
  });

  it("catches a forged row inserted in the middle, even with a correctly computed hash", async () => {
    const rows = await fiveEvents(ctx.db, organisation);
    // Make room after seq 2 (highest first, so the unique (organisation, seq) holds throughout).
    for (const row of [...rows].reverse().slice(0, 3)) {
      await ctx.db
        .updateTable("audit_events")
        .set({ seq: Number(row.seq) + 1 })
        .where("id", "=", row.id)
        .execute();
    }
    const forged = {
      id: newId(),
      organisation_id: organisation.id,
      seq: 3,
      actor_id: null,
      action: "person.updated",
      subject_type: "user",
      subject_id: "someone",
      before: null,
      after: '{"roles":["admin"]}',
      at: rows[1]!.at,
      ip: null,
      device: null,
      prev_hash: rows[1]!.hash,
    };
    await ctx.db
      .insertInto("audit_events")
      .values({ ...forged, hash: auditEventHash(forged) })
      .execute();
    const result = await verify();
    // The forged row itself fits; the row after it no longer points at its predecessor.
    expect(result).toMatchObject({ ok: false, broken: { seq: 4, id: rows[2]!.id } });
  });

  it("checks every organisation when none is named", async () => {
    const db = await ctx.freshDatabase();
    const [first, second] = [await buildOrganisation(db), await buildOrganisation(db)];
    await fiveEvents(db, first);
    const secondRows = await fiveEvents(db, second);
    expect(await verifyAuditChain({ db })).toEqual({ ok: true, organisations: 2, events: 10 });
    await db.updateTable("audit_events").set({ actor_id: "x" }).where("id", "=", secondRows[0]!.id).execute();
    expect(await verifyAuditChain({ db })).toMatchObject({
      ok: false,
      broken: { organisationId: second.id, seq: 1 },
    });
  });
});
