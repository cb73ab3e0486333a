/**
 * False alarms on routine posts: runs the whole engine over a file of posts that should
 * raise nothing serious and counts those with any finding at approval or block.
 *
 *   npx tsx packages/engine/scripts/false-alarms.ts [FILE] [--rules links/,political/] [--kind post] [--show 5]
 *
 * FILE defaults to the routine public-body posts in /work/shared/data (read here only, by hand;
 * the engine itself never reads files). --rules limits the count to rule ids with those prefixes.
 */
import { readFileSync } from "node:fs";
import { createEngine, malvernPolicy, TEXT_KINDS, type TextKind } from "../src/index.ts";

const DEFAULT_FILE = "/work/shared/data/routine-public-body-ea.jsonl";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const flagged = new Set(["--rules", "--kind", "--show"]);
const positional = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith("--") && !flagged.has(all[i - 1] ?? ""));
const file = positional[0] ?? DEFAULT_FILE;
const prefixes = argValue("--rules")?.split(",").filter(Boolean) ?? [];
const kind = (argValue("--kind") ?? "post") as TextKind;
if (!TEXT_KINDS.includes(kind)) throw new Error(`--kind must be one of ${TEXT_KINDS.join(", ")}`);
const show = Number(argValue("--show") ?? 3);

const engine = createEngine({ policy: malvernPolicy, context: { now: "2026-01-15T12:00:00Z" } });
const rows = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });
const counted = (ruleId: string) => prefixes.length === 0 || prefixes.some((p) => ruleId.startsWith(p));

const byRule = new Map<string, { posts: number; examples: string[] }>();
let posts = 0;
const t0 = performance.now();
for (const row of rows) {
  const serious = engine
    .screen({ text: row.text, kind })
    .findings.filter((f) => f.severity !== "advice" && counted(f.ruleId));
  if (serious.length === 0) continue;
  posts++;
  for (const ruleId of new Set(serious.map((f) => f.ruleId))) {
    const entry = byRule.get(ruleId) ?? { posts: 0, examples: [] };
    entry.posts++;
    const f = serious.find((x) => x.ruleId === ruleId)!;
    const excerpt = f.span
      ? row.text.slice(Math.max(0, f.span.start - 30), f.span.end + 30)
      : row.text.slice(0, 80);
    if (entry.examples.length < show)
      entry.examples.push(`${row.id}: …${excerpt.replace(/\s+/g, " ")}… [${f.severity}] ${f.message}`);
    byRule.set(ruleId, entry);
  }
}
const ms = performance.now() - t0;

const limit = Math.floor(rows.length * 0.02);
console.log(
  `${file}: ${rows.length} posts as "${kind}", rules ${prefixes.length ? prefixes.join(",") : "all"}`,
);
console.log(
  `posts with an approval or block finding: ${posts} (${((100 * posts) / rows.length).toFixed(2)}%; product target <= 2% = ${limit})`,
);
for (const [ruleId, { posts: n, examples }] of [...byRule].sort((a, b) => b[1].posts - a[1].posts)) {
  console.log(`  ${ruleId}: ${n}`);
  for (const e of examples) console.log(`    ${e}`);
}
console.log(`screened in ${ms.toFixed(0)} ms`);
