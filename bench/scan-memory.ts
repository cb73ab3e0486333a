/**
 * Shows that `postwarden scan` streams: it writes large temporary CSV / JSON Lines exports,
 * scans each in a child process, and samples the child's resident memory while it runs.
 * Peak RSS should stay the same whatever the file size.
 *
 *   npx tsx bench/scan-memory.ts [--sizes 16,208] [--formats jsonl,csv] [--email-only] [--json]
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { malvernPolicy } from "@postwarden/engine";

const argv = process.argv.slice(2);
const listArg = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return (i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback).split(",").filter(Boolean);
};
const sizesMB = listArg("--sizes", "16,208").map(Number);
const formats = listArg("--formats", "jsonl") as ("jsonl" | "csv")[];
const emailOnly = argv.includes("--email-only");
const asJson = argv.includes("--json");

const MAIN = resolve(fileURLToPath(new URL("../packages/cli/src/main.ts", import.meta.url)));

const POSTS = [
  "The library on Church Street will open late on Thursday while the heating is repaired.",
  'Bins in the north of the town will be collected a day later next week, because of the "bank holiday".',
  "Our consultation on the Winter Gardens closes on 30 June; questions to consult@example.org please.",
  "Councillors meet at 7pm in the Council Chamber to discuss the annual budget,\nthe play areas and the market.",
  "Road works on Graham Road start on Monday 4 March and should last about three weeks. Sorry for the disruption!",
  "Thanks to Linda Blake and the grounds team for the flowers in Priory Park 🌷 Call 07700 900123 to volunteer.",
];

/** Writes about `megabytes` of posts, streaming to disk so generating does not skew the figures. */
async function generate(path: string, format: "jsonl" | "csv", megabytes: number): Promise<number> {
  const out = createWriteStream(path);
  if (format === "csv") out.write("id,text\n");
  const target = megabytes * 1e6;
  let written = 0;
  for (let i = 0; written < target; i++) {
    const text = `${POSTS[i % POSTS.length]} (#${i})`;
    const line =
      format === "jsonl" ? `${JSON.stringify({ id: i, text })}\n` : `${i},"${text.replace(/"/g, '""')}"\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return statSync(path).size;
}

function rssOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return undefined; // the process has just exited
  }
}

async function scanAndSample(file: string, dir: string, policyFile?: string) {
  const args = [
    "--import",
    "tsx",
    MAIN,
    "scan",
    file,
    "--out",
    join(dir, "report.jsonl"),
    "--json",
    "--quiet",
  ];
  if (policyFile) args.push("--policy", policyFile);
  const started = Date.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  let peak = 0;
  const samples: number[] = [];
  const timer = setInterval(() => {
    const m = rssOf(child.pid!);
    if (!m) return;
    peak = Math.max(peak, m.hwm || m.rss);
    samples.push(m.rss);
  }, 100);
  const [code] = (await once(child, "exit")) as [number];
  clearInterval(timer);
  const summary = JSON.parse(stdout || "{}") as { posts?: number };
  return {
    code,
    seconds: (Date.now() - started) / 1000,
    peakRssMB: peak / 1e6,
    posts: summary.posts ?? 0,
    samples: samples.length,
  };
}

async function main() {
  if (!existsProc()) {
    console.log("This benchmark reads /proc to sample memory; it runs on Linux only.");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "postwarden-scan-memory-"));
  let policyFile: string | undefined;
  if (emailOnly) {
    policyFile = join(dir, "email-only.json");
    writeFileSync(
      policyFile,
      JSON.stringify({
        ...malvernPolicy,
        defaults: { enabled: false },
        rules: { "personal-data/email": { enabled: true } },
      }),
    );
  }
  const rows = [];
  try {
    for (const format of formats) {
      for (const mb of sizesMB) {
        const file = join(dir, `posts.${format}`);
        const bytes = await generate(file, format, mb);
        const result = await scanAndSample(file, dir, policyFile);
        rows.push({ format, fileMB: bytes / 1e6, ...result, mbPerSecond: bytes / 1e6 / result.seconds });
        rmSync(file);
        if (!asJson) {
          const r = rows[rows.length - 1]!;
          console.log(
            `${format.padEnd(6)} ${r.fileMB.toFixed(0).padStart(6)} MB file  ${String(r.posts).padStart(9)} posts  ` +
              `peak RSS ${r.peakRssMB.toFixed(0).padStart(5)} MB  ${r.seconds.toFixed(1).padStart(6)} s  ${r.mbPerSecond.toFixed(1).padStart(5)} MB/s  exit ${r.code}`,
          );
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (asJson) console.log(JSON.stringify({ pack: emailOnly ? "email-only" : "malvern", rows }, null, 2));
}

function existsProc(): boolean {
  try {
    statSync("/proc/self/status");
    return true;
  } catch {
    return false;
  }
}

await main();
