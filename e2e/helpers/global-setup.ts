import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { addUser, freePort, serverEnv, startServer, stopServer, waitForHealth } from "./server.ts";
import { USERS } from "./users.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Starts the real server on a fresh SQLite deployment, adds the journeys' users, and hands
 * the address to the tests. Returns the teardown that stops it and deletes the data.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(repoRoot, "packages/web/dist/index.html"))) {
    const build = spawnSync("npm", ["run", "build"], { cwd: repoRoot, stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed; the journeys need the built web app");
  }

  const dataDir = mkdtempSync(join(tmpdir(), "postwarden-e2e-"));
  const port = await freePort(Number(process.env.E2E_PORT ?? 3101));
  const env = serverEnv(port, dataDir);
  const logFile = join(dataDir, "server.log");
  const baseUrl = `http://127.0.0.1:${port}`;

  const server = startServer(repoRoot, env, logFile);
  try {
    await waitForHealth(baseUrl, server, logFile);
    for (const user of Object.values(USERS)) addUser(repoRoot, env, user);
  } catch (error) {
    await stopServer(server);
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  process.env.E2E_BASE_URL = baseUrl;

  return async () => {
    await stopServer(server);
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  };
}
