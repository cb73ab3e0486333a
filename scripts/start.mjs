// `npm start`: builds the web app if it has not been built, then runs the server on
// http://localhost:3000 (SQLite under ./data unless DATABASE_URL says otherwise).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (!existsSync(join(root, "packages/web/dist/index.html"))) {
  console.log("Building the web app (first start)...");
  const build = spawnSync(npm, ["run", "build", "-w", "@postwarden/web"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("The web app did not build; the server will start and say so at /.");
  }
}

// Run the server in a child process and pass Ctrl-C / SIGTERM on to it, so it can close the
// database cleanly before we exit with its status.
const server = spawn(
  process.execPath,
  ["--import", "tsx", join(root, "packages/cli/src/main.ts"), "serve", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => {
  process.exit(code ?? (signal ? 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal] ?? 1) : 1));
});
