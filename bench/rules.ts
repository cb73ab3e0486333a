/**
 * Times each built-in rule over a sample of the evaluation data, to find the rules that slow the
 * pack, two ways: the rule alone (which includes any shared analysis it triggers, such as
 * tokenising or a detector pass several rules share), and the pack without it (the time the
 * rule adds to the full pack; shared work shows up only once there).
 *
 *   npx tsx bench/rules.ts [--data DIR --mb 2 --runs 3 --json]
 */
import {
  builtInRules,
  createEngine,
  malvernPolicy,
  tokenize,
  type PolicyPackInput,
  type Rule,
} from "@postwarden/engine";
import { dataDirFromArgs, loadCorpus, numberArg, sizedTexts } from "./lib/corpus.ts";
import { realisticContext } from "./lib/context.ts";
import { median, nowMs, percentilesOf } from "./lib/stats.ts";

const argv = process.argv.slice(2);
const runs = numberArg(argv, "--runs", 3);
const asJson = argv.includes("--json");
const sampleMB = numberArg(argv, "--mb", 2);

function packFor(rules: readonly Rule[]): PolicyPackInput {
  const ids = new Set(rules.map((r) => r.meta.id));
  const settings = Object.entries(malvernPolicy.rules ?? {}).filter(([id]) => ids.has(id));
  return { ...malvernPolicy, rules: Object.fromEntries(settings) };
}

/** Every k-th text, about `mb` megabytes in all, so the sample spreads across every data set. */
function sample(texts: readonly string[], totalBytes: number, mb: number): string[] {
  const stride = Math.max(1, Math.round(totalBytes / (mb * 1e6)));
  return texts.filter((_, i) => i % stride === 0);
}

function screenerFor(rules: readonly Rule[], context: ReturnType<typeof realisticContext>) {
  const engine = createEngine({ policy: packFor(rules), context, rules });
  return (text: string) => void engine.screen({ text, kind: "post" });
}

function timeAll(texts: readonly string[], screenOne: (t: string) => void): number {
  const perRun: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = nowMs();
    for (const t of texts) screenOne(t);
    perRun.push(nowMs() - start);
  }
  return median(perRun);
}

function main() {
  const corpus = loadCorpus(dataDirFromArgs(argv));
  if (!corpus) {
    console.log(`No evaluation data found at ${dataDirFromArgs(argv)}: skipping (use --data DIR).`);
    return;
  }
  const context = realisticContext();
  const texts = sample(corpus.texts, corpus.bytes, sampleMB);
  const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  const long = sizedTexts(corpus.texts, 2000, 200);
  const baselineMs = timeAll(texts, (t) => void tokenize(t));
  const fullPack = screenerFor(builtInRules, context);
  for (let warm = 0; warm < 3; warm++) for (const t of texts) fullPack(t);
  const fullMs = timeAll(texts, fullPack);
  const rows = builtInRules.map((rule) => {
    const alone = screenerFor([rule], context);
    const without = screenerFor(
      builtInRules.filter((r) => r !== rule),
      context,
    );
    for (const t of texts.slice(0, 500)) {
      alone(t);
      without(t);
    }
    const aloneMs = timeAll(texts, alone);
    // Timed back to back with the full pack, so a change in machine load hits both alike.
    const addsMs = timeAll(texts, fullPack) - timeAll(texts, without);
    const times = long.map((t) => {
      const start = nowMs();
      alone(t);
      return nowMs() - start;
    });
    return {
      rule: rule.meta.id,
      aloneMs,
      aloneMBps: mb / (aloneMs / 1000),
      addsToPackMs: addsMs,
      p99At2000Ms: percentilesOf(times).p99,
    };
  });
  rows.sort((a, b) => b.addsToPackMs - a.addsToPackMs);
  if (asJson) {
    console.log(
      JSON.stringify(
        { sampleMB: mb, posts: texts.length, tokenizeMs: baselineMs, fullPackMs: fullMs, rules: rows },
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    `Rules over ${texts.length} posts (${mb.toFixed(2)} MB sampled from ${corpus.dir}), median of ${runs} runs`,
  );
  console.log(
    `tokenize() alone: ${baselineMs.toFixed(0)} ms (${(mb / (baselineMs / 1000)).toFixed(1)} MB/s)`,
  );
  console.log(
    `full pack (${builtInRules.length} rules): ${fullMs.toFixed(0)} ms (${(mb / (fullMs / 1000)).toFixed(1)} MB/s)\n`,
  );
  console.log(`${"rule".padEnd(34)}  adds to pack ms   alone ms  alone MB/s  alone p99 @2000 chars (ms)`);
  for (const r of rows) {
    console.log(
      `${r.rule.padEnd(34)}  ${r.addsToPackMs.toFixed(0).padStart(15)}  ${r.aloneMs.toFixed(0).padStart(9)}  ${r.aloneMBps
        .toFixed(1)
        .padStart(10)}  ${r.p99At2000Ms.toFixed(3).padStart(10)}`,
    );
  }
}

main();
