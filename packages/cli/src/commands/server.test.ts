import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, signIn, DEFAULT_ORGANISATION } from "@postwarden/server";
import { afterAll, describe, expect, it } from "vitest";

const bin = resolve(fileURLToPath(import.meta.url), "../../../bin/postwarden.mjs");
const dataDir = mkdtempSync(join(tmpdir(), "postwarden-cli-"));

/** Runs the real command in a child process, on SQLite in a temp folder. */
function postwarden(args: string[], input?: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NO_COLOR: "1", ...extraEnv };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [bin, ...args], {
    env,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const limits = {
  session: { idleTimeoutMs: 60_000, absoluteTimeoutMs: 60_000 },
  throttle: { maxFailuresPerAccount: 5, failureWindowMs: 60_000 },
};

// Each run starts Node and compiles TypeScript afresh, which takes seconds on a busy machine.
describe("postwarden server commands", { timeout: 90_000 }, () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("migrate --help describes the command", () => {
    const { code, stdout } = postwarden(["migrate", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: postwarden migrate");
    expect(stdout).toContain("DATABASE_URL");
  });

  it("migrate applies the migrations once, then reports nothing to do", () => {
    const first = postwarden(["migrate"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Applied 0001_foundation");
    const second = postwarden(["migrate"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("up to date");
  });

  it("user add --password-stdin adds a user who can sign in with that password", async () => {
    const { code, stdout, stderr } = postwarden(
      [
        "user",
        "add",
        "--email",
        "Jo.Bloggs@Malvern.example",
        "--name",
        "Jo Bloggs",
        "--role",
        "employee",
        "--role",
        "auditor",
        "--password-stdin",
      ],
      "piped in password 123\n",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(
      `Added Jo Bloggs <jo.bloggs@malvern.example> to ${DEFAULT_ORGANISATION.name} with roles: employee, auditor.`,
    );
    expect(stdout).not.toContain("piped in password");
    // The database was empty, so the first administrator was created and announced once.
    expect(stdout).toContain("admin@localhost");

    const db = openDatabase({ dataDir });
    try {
      const { user } = await signIn({
        db,
        email: "jo.bloggs@malvern.example",
        password: "piped in password 123",
        ...limits,
      });
      expect(user.roles).toEqual(["employee", "auditor"]);
    } finally {
      await db.destroy();
    }
  });

  it("user add without --password-stdin prints a one-time password", () => {
    const { code, stdout } = postwarden([
      "user",
      "add",
      "--email",
      "sam@malvern.example",
      "--name",
      "Sam",
      "--role",
      "admin",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/One-time password \(shown only once\): [A-Za-z0-9]{20}/);
    expect(stdout).not.toContain("admin@localhost");
  });

  it("refuses an unknown role with a clear message and exit code 2", () => {
    const { code, stderr } = postwarden([
      "user",
      "add",
      "--email",
      "x@malvern.example",
      "--name",
      "X",
      "--role",
      "boss",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('"boss" is not a role; use one of: employee, admin, auditor.');
  });

  it("refuses a missing required option", () => {
    const { code, stderr } = postwarden(["user", "add", "--name", "X", "--role", "admin"]);
    expect(code).toBe(2);
    expect(stderr).toContain("required option '--email <email>' not specified");
  });

  it("refuses a duplicate email with the reason and exit code 1", () => {
    const { code, stderr } = postwarden([
      "user",
      "add",
      "--email",
      "sam@malvern.example",
      "--name",
      "Sam",
      "--role",
      "admin",
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("already exists");
  });

  it("refuses a bad PORT naming the variable", () => {
    const { code, stderr } = postwarden(["serve"], undefined, { PORT: "eighty" });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT: must be a whole number between 1 and 65535 (got "eighty")');
  });

  it("refuses a bad --port option", () => {
    const { code, stderr } = postwarden(["serve", "--port", "0"]);
    expect(code).toBe(2);
    expect(stderr).toContain("must be a whole number between 1 and 65535");
  });
});
