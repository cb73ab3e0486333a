import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runInProcess } from "./run-in-process.ts";
import { emailOnlyPack, tempDir, writeTemp } from "./test-files.ts";

const dir = tempDir();
const blockPack = writeTemp(dir, "block.json", JSON.stringify(emailOnlyPack("block")));
const approvalPack = writeTemp(dir, "approval.json", JSON.stringify(emailOnlyPack("approval")));

describe("postwarden check", () => {
  it("prints each finding with severity, rule, clauses, message, suggestion and a caret line", async () => {
    const run = await runInProcess([
      "check",
      "--policy",
      approvalPack,
      "Hello,\nwrite to jo.bloggs@example.com today",
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "APPROVAL  personal-data/email  [procedure.8.b, procedure.9.j, risk.3]  line 2, col 10",
    );
    expect(lines[1]).toContain("jo.bloggs@example.com");
    expect(lines[2]).toBe("  Suggestion: [email address removed]");
    expect(lines[3]).toBe("  2 | write to jo.bloggs@example.com today");
    expect(lines[4]).toBe("    |          ^^^^^^^^^^^^^^^^^^^^^");
    expect(run.stdout).toContain("1 finding: 1 approval. This text needs approval.");
  });

  it("exits 1 when a finding blocks", async () => {
    const run = await runInProcess(["check", "--policy", blockPack, "mail a@b.co"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^BLOCK {2}personal-data\/email/);
  });

  it("exits 0 and says so when nothing is found", async () => {
    const run = await runInProcess(["check", "--policy", blockPack, "The library opens at nine."]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No findings");
  });

  it("--json prints { findings } with spans", async () => {
    const run = await runInProcess(["check", "--json", "--policy", blockPack, "mail a@b.co"]);
    const parsed = JSON.parse(run.stdout) as {
      findings: { ruleId: string; span: { start: number; end: number } }[];
    };
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]).toMatchObject({
      ruleId: "personal-data/email",
      severity: "block",
      span: { start: 5, end: 11 },
    });
    expect(run.code).toBe(1);
  });

  it("reads standard input with - and when no text is given", async () => {
    expect((await runInProcess(["check", "--json", "--policy", blockPack, "-"], "ring a@b.co\n")).code).toBe(
      1,
    );
    expect((await runInProcess(["check", "--json", "--policy", blockPack], "ring a@b.co\n")).code).toBe(1);
  });

  it("screens with the Malvern pack by default and takes --kind, --staff and --election-open", async () => {
    const run = await runInProcess([
      "check",
      "--json",
      "--kind",
      "personal",
      "--staff",
      "Jo Bloggs, Ali Khan",
      "--election-open",
      "hi",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty("findings");
  });

  it("rejects bad arguments with a clear message and exit code 2", async () => {
    const badKind = await runInProcess(["check", "--kind", "tweet", "hi"]);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain("Allowed choices are post, reply, personal");

    const noText = await runInProcess(["check"]);
    expect(noText.code).toBe(2);
    expect(noText.stderr).toContain('give the text to check, or "-"');

    const emptyStaff = await runInProcess(["check", "--staff", " , ", "hi"]);
    expect(emptyStaff.code).toBe(2);
    expect(emptyStaff.stderr).toContain("--staff needs at least one name");

    const unknownOption = await runInProcess(["check", "--colour", "hi"]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option '--colour'");
  });

  it("reports an invalid policy file naming the problem and where, with exit code 2", async () => {
    const bad = writeTemp(
      dir,
      "bad.json",
      JSON.stringify({ ...emailOnlyPack(), rules: { "personal-data/emial": { enabled: true } } }),
    );
    const run = await runInProcess(["check", "--policy", bad, "hi"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`policy file ${bad} is not a valid policy pack`);
    expect(run.stderr).toContain('at rules.personal-data/emial: unknown rule "personal-data/emial"');
  });

  it("reads an EngineContext from --context and rejects a malformed one", async () => {
    const good = writeTemp(
      dir,
      "context.json",
      JSON.stringify({ staffNames: ["Jo Bloggs"], now: "2026-05-01T00:00:00Z" }),
    );
    expect((await runInProcess(["check", "--context", good, "--policy", blockPack, "hi"])).code).toBe(0);
    const bad = writeTemp(dir, "bad-context.json", JSON.stringify({ staffNames: "Jo Bloggs" }));
    const run = await runInProcess(["check", "--context", bad, "hi"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("staffNames must be a list of strings");
  });

  it("works end to end through bin/postwarden.mjs with real exit codes", () => {
    const bin = fileURLToPath(new URL("../../bin/postwarden.mjs", import.meta.url));
    const blocked = spawnSync(process.execPath, [bin, "check", "--policy", blockPack, "-"], {
      input: "mail a@b.co",
      encoding: "utf8",
    });
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toContain("^^^^^^");
    const usage = spawnSync(process.execPath, [bin, "check", "--kind", "x", "hi"], { encoding: "utf8" });
    expect(usage.status).toBe(2);
  });
});
