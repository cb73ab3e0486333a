/**
 * Engine throughput on one core: screens realistic posts until about 10 MB have passed and
 * reports MB/s, then times hostile one-megabyte inputs.
 *
 *   npx tsx packages/engine/scripts/throughput.ts [FILE] [--rules links/,political/] [--mb 10]
 *
 * FILE (JSON Lines with a "text" field) defaults to the routine posts in /work/shared/data.
 */
import { readFileSync } from "node:fs";
import { builtInRules, createEngine, malvernPolicy } from "../src/index.ts";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flagged = new Set(["--rules", "--mb"]);
const positional = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith("--") && !flagged.has(all[i - 1] ?? ""));
const file = positional[0] ?? "/work/shared/data/routine-public-body-ea.jsonl";
const prefixes = argValue("--rules")?.split(",").filter(Boolean) ?? [];
const targetMb = Number(argValue("--mb") ?? 10);

// "--rules none" measures the engine's own overhead: tokenising happens only when a rule asks.
const rules = builtInRules.filter(
  (r) => prefixes.length === 0 || prefixes.some((p) => r.meta.id.startsWith(p)),
);
const engine = createEngine({
  policy: malvernPolicy,
  rules,
  context: { now: "2026-01-15T12:00:00Z", candidates: ["Jane Smith"] },
});
const texts = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

const mb = (chars: number) => chars / 1e6;
for (const t of texts) engine.screen({ text: t }); // warm up
let chars = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
while (mb(chars) < targetMb) {
  for (const text of texts) {
    engine.screen({ text, kind: "reply" });
    chars += text.length;
  }
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `${rules.length} rules, ${mb(chars).toFixed(1)} MB of posts in ${seconds.toFixed(2)} s wall (${(mb(chars) / seconds).toFixed(1)} MB/s), ` +
    `${cpuSeconds.toFixed(2)} s CPU (${(mb(chars) / cpuSeconds).toFixed(1)} MB/s per core; the CPU figure includes garbage collection threads)`,
);

// One long document made of the same posts: per-character cost without per-screen overhead.
const documentText = texts.join("\n\n").repeat(Math.max(1, Math.ceil(2e6 / texts.join("\n\n").length)));
const d0 = performance.now();
engine.screen({ text: documentText, kind: "reply" });
const documentSeconds = (performance.now() - d0) / 1000;
console.log(
  `one ${mb(documentText.length).toFixed(1)} MB document of posts: ${documentSeconds.toFixed(2)} s (${(mb(documentText.length) / documentSeconds).toFixed(1)} MB/s)`,
);

const hostile: Record<string, string> = {
  "1 MB of one letter": "a".repeat(1_000_000),
  "1 MB of capitals and spaces": "AB ".repeat(333_333),
  "1 MB of words without spaces": "floodwarning.".repeat(77_000),
  "1 MB of dots": ".".repeat(1_000_000),
  "1 MB of lone surrogates": "\ud800".repeat(1_000_000),
  "1 MB of control characters": "\u0000\u0007\u001b".repeat(333_333),
  "1 MB of links": "https://bit.ly/x ".repeat(58_000),
  "1 MB of hashtags": "#floodwarningmalvern ".repeat(47_000),
  "1 MB of phrase prefixes": "vote for the ".repeat(77_000),
};
for (const [name, text] of Object.entries(hostile)) {
  const start = performance.now();
  const n = engine.screen({ text, kind: "reply" }).findings.length;
  console.log(`  ${name}: ${(performance.now() - start).toFixed(0)} ms, ${n} findings`);
}
