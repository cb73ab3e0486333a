import { expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildOrganisation, buildUser } from "../../testing/factories.ts";
import { auditEventHash, GENESIS_HASH } from "./audit-hash.ts";
import { recordAuditEvent } from "./record-audit-event.ts";
import { REDACTED } from "./redact-secrets.ts";

describeEachDialect("recordAuditEvent", (ctx) => {
  it("chains an organisation's events from the genesis hash with gap-free seq", async () => {
    const organisation = await buildOrganisation(ctx.db);
    const actor = await buildUser(ctx.db, { organisation });
    for (const subjectId of ["a", "b", "c"]) {
      await recordAuditEvent(ctx.db, {
        organisationId: organisation.id,
        actorId: actor.id,
        action: "person.updated",
        subjectType: "user",
        subjectId,
        before: { name: "Old" },
        after: { name: "New", department: "Comms" },
        ip: "192.0.2.1",
        device: "Firefox",
      });
    }
    const rows = await ctx.db
      .selectFrom("audit_events")
      .selectAll()
      .where("organisation_id", "=", organisation.id)
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(rows[2]?.prev_hash).toBe(rows[1]?.hash);
    for (const { hash, ...content } of rows) expect(auditEventHash(content)).toBe(hash);
    expect(rows[0]?.after).toBe('{"department":"Comms","name":"New"}');
  });

  it("keeps separate chains per organisation", async () => {
    const [first, second] = [await buildOrganisation(ctx.db), await buildOrganisation(ctx.db)];
    const base = { actorId: null, action: "person.created" as const, subjectType: "user", subjectId: "x" };
    await recordAuditEvent(ctx.db, { ...base, organisationId: first.id });
    await recordAuditEvent(ctx.db, { ...base, organisationId: second.id });
    await recordAuditEvent(ctx.db, { ...base, organisationId: first.id });
    const seqs = await ctx.db
      .selectFrom("audit_events")
      .select(["organisation_id", "seq"])
      .where("organisation_id", "in", [first.id, second.id])
      .execute();
    expect(
      seqs
        .filter((r) => r.organisation_id === first.id)
        .map((r) => Number(r.seq))
        .sort(),
    ).toEqual([1, 2]);
    expect(seqs.filter((r) => r.organisation_id === second.id).map((r) => Number(r.seq))).toEqual([1]);
  });

  it("gives concurrent writers distinct, gap-free seq numbers", async () => {
    const organisation = await buildOrganisation(ctx.db);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ctx.db.transaction().execute((trx) =>
          recordAuditEvent(trx, {
            organisationId: organisation.id,
            actorId: null,
            action: "person.updated",
            subjectType: "user",
            subjectId: String(i),
          }),
        ),
      ),
    );
    const rows = await ctx.db
      .selectFrom("audit_events")
      .select(["seq", "prev_hash", "hash"])
      .where("organisation_id", "=", organisation.id)
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]?.hash));
  });

  it("rolls back with the change it records", async () => {
    const organisation = await buildOrganisation(ctx.db);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await recordAuditEvent(trx, {
          organisationId: organisation.id,
          actorId: null,
          action: "person.updated",
          subjectType: "user",
          subjectId: "x",
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const count = await ctx.db
      .selectFrom("audit_events")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .where("organisation_id", "=", organisation.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("never writes secret-looking members into before or after", async () => {
    const organisation = await buildOrganisation(ctx.db);
    await recordAuditEvent(ctx.db, {
      organisationId: organisation.id,
      actorId: null,
      action: "person.updated",
      subjectType: "account",
      subjectId: "acc",
      after: { handle: "@council", accessToken: "tok-123", nested: { client_secret: "s3cret" } },
    });
    const row = await ctx.db
      .selectFrom("audit_events")
      .select("after")
      .where("organisation_id", "=", organisation.id)
      .executeTakeFirstOrThrow();
    expect(row.after).not.toContain("tok-123");
    expect(row.after).not.toContain("s3cret");
    expect(JSON.parse(row.after ?? "{}")).toEqual({
      accessToken: REDACTED,
      handle: "@council",
      nested: { client_secret: REDACTED },
    });
  });
});
