/**
 * One SHA-256 over every finding of every text in the evaluation data, so a change made for
 * speed can be shown to change nothing: run it before and after and compare the hashes.
 * Prints a hash per rule area as well, to say where a difference comes from.
 *
 *   npx tsx bench/findings-hash.ts [--data DIR] [--no-classifiers | --classifiers-only]
 */
import { createHash } from "node:crypto";
import { builtInRules, createEngine, malvernPolicy } from "@postwarden/engine";
import { dataDirFromArgs, loadCorpus } from "./lib/corpus.ts";
import { realisticContext } from "./lib/context.ts";

const argv = process.argv.slice(2);
const corpus = loadCorpus(dataDirFromArgs(argv));
if (!corpus) {
  console.log(`No evaluation data found at ${dataDirFromArgs(argv)} (use --data DIR).`);
  process.exit(0);
}
const rules = argv.includes("--no-classifiers")
  ? builtInRules.filter((r) => !r.meta.id.startsWith("classifiers/"))
  : argv.includes("--classifiers-only")
    ? builtInRules.filter((r) => r.meta.id.startsWith("classifiers/"))
    : builtInRules;
// A fixed clock: the election period and any date-dependent rule see the same day every run.
const engine = createEngine({
  policy: malvernPolicy,
  rules,
  context: realisticContext(new Date("2026-05-01T12:00:00Z")),
});
const all = createHash("sha256");
const byArea = new Map<string, ReturnType<typeof createHash>>();
let findings = 0;
for (const kind of ["post", "reply", "personal"] as const) {
  for (const text of corpus.texts) {
    for (const finding of engine.screen({ text, kind }).findings) {
      const line = JSON.stringify(finding);
      all.update(line);
      const area = finding.ruleId.split("/")[0]!;
      if (!byArea.has(area)) byArea.set(area, createHash("sha256"));
      byArea.get(area)!.update(line);
      findings++;
    }
    all.update("\n");
  }
}
console.log(`${corpus.texts.length} texts x 3 kinds, ${findings} findings`);
for (const [area, hash] of [...byArea].sort(([a], [b]) => (a < b ? -1 : 1)))
  console.log(`  ${area.padEnd(16)} ${hash.digest("hex").slice(0, 16)}`);
console.log(`all              ${all.digest("hex")}`);
