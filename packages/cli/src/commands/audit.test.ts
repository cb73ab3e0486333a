import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createOrganisation,
  migrateToLatest,
  openDatabase,
  recordAuditEvent,
  type Db,
} from "@postwarden/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = resolve(fileURLToPath(import.meta.url), "../../../bin/postwarden.mjs");
const dataDir = mkdtempSync(join(tmpdir(), "postwarden-audit-cli-"));

function postwarden(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NO_COLOR: "1" };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Runs the real command in a child process against a SQLite file; the chain checks themselves
// are tested on both dialects in the server's verify-audit-chain.test.ts.
describe("postwarden audit", { timeout: 90_000 }, () => {
  let db: Db;
  const ids: string[] = [];
  beforeAll(async () => {
    db = openDatabase({ dataDir });
    await migrateToLatest(db);
    const organisation = await createOrganisation({ db, name: "Malvern Town Council", slug: "malvern" });
    for (let i = 1; i <= 3; i++) {
      await recordAuditEvent(db, {
        organisationId: organisation.id,
        actorId: null,
        action: "person.created",
        subjectType: "user",
        subjectId: `user-${i}`,
        after: { name: `Person ${i}` },
      });
    }
    const rows = await db.selectFrom("audit_events").select("id").orderBy("seq").execute();
    ids.push(...rows.map((r) => r.id));
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("verify reports an intact chain and exits 0", () => {
    const result = postwarden(["audit", "verify"]);
    expect(result.stdout).toContain("Audit log intact: 3 events in 1 organisation chain(s).");
    expect(result.code).toBe(0);
  });

  it("export writes JSON Lines and CSV to a file", () => {
    const out = join(dataDir, "audit.jsonl");
    const result = postwarden([
      "audit",
      "export",
      "--format",
      "jsonl",
      "--out",
      out,
      "--organisation",
      "malvern",
    ]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.subjectId)).toEqual(["user-1", "user-2", "user-3"]);
    const csv = postwarden(["audit", "export", "--format", "csv", "--organisation", "malvern"]);
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^seq,id,at,/);
    expect(postwarden(["audit", "export", "--format", "xml"]).code).not.toBe(0);
  });

  it("verify names the first broken row and exits 1 after an edit", async () => {
    await db
      .updateTable("audit_events")
      .set({ subject_id: "someone-else" })
      .where("id", "=", ids[1]!)
      .execute();
    const result = postwarden(["audit", "verify"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`at seq 2 (row ${ids[1]})`);
  });
});
