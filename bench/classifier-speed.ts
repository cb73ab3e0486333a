/**
 * What the learned classifiers cost inside the Malvern pack: the same texts screened by the
 * deterministic rules alone, the five classifier rules, the four text models, the link model and
 * the whole pack, each in this one process (medians of --runs passes after a warm-up). The
 * whole pack costs more than its parts when their tables compete for the cache, so compare
 * "all" with "det" + "cls". CPU time is printed beside wall time: on a shared machine it moves
 * less with the other work. Run by hand from the repository root:
 *
 *   npx tsx bench/classifier-speed.ts [det,cls,text,link,all] [--runs 3] [--data DIR]
 */
import { builtInRules, createEngine, malvernPolicy, type Rule } from "@postwarden/engine";
import { dataDirFromArgs, loadCorpus, numberArg } from "./lib/corpus.ts";
import { median } from "./lib/stats.ts";

const argv = process.argv.slice(2);
const runs = numberArg(argv, "--runs", 3);
const modes = (argv.find((a) => !a.startsWith("--") && /^[a-z,]+$/.test(a)) ?? "det,cls,all").split(",");

const isClassifier = (r: Rule) => r.meta.id.startsWith("classifiers/");
const isLinkModel = (r: Rule) => r.meta.id === "classifiers/malicious-link";
const RULE_SETS: Record<string, readonly Rule[]> = {
  det: builtInRules.filter((r) => !isClassifier(r)),
  cls: builtInRules.filter(isClassifier),
  text: builtInRules.filter((r) => isClassifier(r) && !isLinkModel(r)),
  link: builtInRules.filter(isLinkModel),
  all: builtInRules,
};

const corpus = loadCorpus(dataDirFromArgs(argv));
if (!corpus) {
  console.log(`No evaluation data found at ${dataDirFromArgs(argv)} (use --data DIR).`);
  process.exit(0);
}
const megabytes = corpus.bytes / 1e6;
console.log(`${corpus.texts.length} texts, ${megabytes.toFixed(1)} MB, ${runs} passes per set, medians`);
for (const mode of modes) {
  const rules = RULE_SETS[mode];
  if (!rules) throw new Error(`Unknown rule set ${mode}: use ${Object.keys(RULE_SETS).join(", ")}`);
  const engine = createEngine({
    policy: malvernPolicy,
    rules: [...rules],
    context: { now: "2026-05-01T00:00:00Z", staffNames: ["Jane Smith", "Tom Jones"] },
  });
  for (const text of corpus.texts.slice(0, 3000)) engine.screen({ text });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (const text of corpus.texts) engine.screen({ text });
    const used = process.cpuUsage(startCpu);
    wall.push((performance.now() - start) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  const seconds = median(wall);
  const cpuSeconds = median(cpu);
  console.log(
    `${mode.padEnd(5)} ${seconds.toFixed(2)} s = ${(megabytes / seconds).toFixed(2)} MB/s, ${(seconds / megabytes).toFixed(3)} s/MB (CPU ${cpuSeconds.toFixed(2)} s)`,
  );
}
