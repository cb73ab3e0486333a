import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { TestUser } from "./users.ts";

/** The `postwarden` command, run the way an administrator would run it. */
function cliArgs(repoRoot: string, ...args: string[]): string[] {
  return [join(repoRoot, "packages/cli/bin/postwarden.mjs"), ...args];
}

/** The preferred port if it is free, otherwise any free port. */
export async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(undefined));
      probe.listen(port, "127.0.0.1", () => {
        const address = probe.address();
        const chosen = typeof address === "object" && address ? address.port : undefined;
        probe.close(() => resolve(chosen));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? preferred;
}

/** The environment of a throwaway deployment: SQLite in its own folder, quiet logs. */
export function serverEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
  };
  // `npm test` exports a PostgreSQL URL for the database tests; the browser journeys run on SQLite.
  delete env.DATABASE_URL;
  return env;
}

export function startServer(repoRoot: string, env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = createWriteStream(logFile);
  // Its own process group: the command runs the server in a child process, and both must stop.
  const child = spawn(process.execPath, cliArgs(repoRoot, "serve"), {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

function tail(file: string): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Waits until /health answers 200, failing early with the server's log if it exits. */
export async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `postwarden serve exited with code ${child.exitCode} before it was healthy:\n${tail(logFile)}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`postwarden serve was not healthy after ${timeoutMs} ms:\n${tail(logFile)}`);
}

export function addUser(repoRoot: string, env: NodeJS.ProcessEnv, user: TestUser): void {
  const result = spawnSync(
    process.execPath,
    cliArgs(
      repoRoot,
      "user",
      "add",
      "--email",
      user.email,
      "--name",
      user.name,
      "--role",
      user.role ?? "employee",
      "--password-stdin",
    ),
    { cwd: repoRoot, env, input: `${user.password}\n`, encoding: "utf8", timeout: 60_000 },
  );
  if (result.status !== 0) {
    throw new Error(
      `postwarden user add ${user.email} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already gone.
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server and the process it runs in, killing them if they linger past a grace period. */
export async function stopServer(child: ChildProcess, graceMs = 5_000): Promise<void> {
  signalGroup(child, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(child) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(child)) signalGroup(child, "SIGKILL");
}
