/**
 * Engine throughput and latency, each beside a bare tokenize() pass over the same text measured
 * in the same run. Reads the evaluation data in ../shared/data (or --data DIR); run by hand:
 *
 *   npm run bench [-- --data DIR --runs 3 --samples 300 --json --no-classifiers]
 *
 * --no-classifiers screens with the deterministic rules alone (every rule but classifiers/*).
 */
import { builtInRules, createEngine, malvernPolicy, tokenize, type Engine } from "@postwarden/engine";
import { dataDirFromArgs, loadCorpus, numberArg, sizedTexts } from "./lib/corpus.ts";
import { realisticContext } from "./lib/context.ts";
import { median, medianPercentiles, nowMs, percentilesOf, type Percentiles } from "./lib/stats.ts";

const argv = process.argv.slice(2);
const runs = numberArg(argv, "--runs", 3);
const samples = numberArg(argv, "--samples", 300);
const asJson = argv.includes("--json");
const withClassifiers = !argv.includes("--no-classifiers");
const LENGTHS = [280, 2000, 10_000];

interface Throughput {
  mbPerSecond: number;
  postsPerSecond: number;
}

function throughput(texts: readonly string[], bytes: number, screenOne: (text: string) => void): Throughput {
  const perRun: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = nowMs();
    for (const text of texts) screenOne(text);
    perRun.push((nowMs() - start) / 1000);
  }
  const seconds = median(perRun);
  return { mbPerSecond: bytes / 1e6 / seconds, postsPerSecond: texts.length / seconds };
}

function latency(texts: readonly string[], screenOne: (text: string) => void): Percentiles {
  const perRun: Percentiles[] = [];
  for (let r = 0; r < runs; r++) {
    const times: number[] = [];
    for (const text of texts) {
      const start = nowMs();
      screenOne(text);
      times.push(nowMs() - start);
    }
    perRun.push(percentilesOf(times));
  }
  return medianPercentiles(perRun);
}

function main() {
  const corpus = loadCorpus(dataDirFromArgs(argv));
  if (!corpus) {
    console.log(
      `No evaluation data found at ${dataDirFromArgs(argv)}: skipping the engine benchmark (use --data DIR).`,
    );
    return;
  }
  const rules = withClassifiers
    ? builtInRules
    : builtInRules.filter((r) => !r.meta.id.startsWith("classifiers/"));
  const engine: Engine = createEngine({ policy: malvernPolicy, rules, context: realisticContext() });
  const screenOne = (text: string) => void engine.screen({ text, kind: "post" });
  const tokenizeOne = (text: string) => void tokenize(text);

  // Warm up both paths so the JIT has compiled them before anything is timed. Every 8th text,
  // so each data set's kind of text (tweets, links, personal data) has run, not only the first file's.
  for (let i = 0; i < corpus.texts.length; i += 8) {
    screenOne(corpus.texts[i]!);
    tokenizeOne(corpus.texts[i]!);
  }

  const result = {
    node: process.version,
    rules: engine.ruleIds.length,
    classifiers: withClassifiers,
    runs,
    corpus: { dir: corpus.dir, posts: corpus.texts.length, megabytes: corpus.bytes / 1e6 },
    throughput: {
      engine: throughput(corpus.texts, corpus.bytes, screenOne),
      tokenize: throughput(corpus.texts, corpus.bytes, tokenizeOne),
    },
    latencyMs: LENGTHS.map((length) => {
      const texts = sizedTexts(corpus.texts, length, samples);
      for (const t of texts.slice(0, 20)) screenOne(t);
      return {
        length,
        samples: texts.length,
        engine: latency(texts, screenOne),
        tokenize: latency(texts, tokenizeOne),
      };
    }),
  };

  if (asJson) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const f = (n: number, digits = 1) => n.toFixed(digits).padStart(10);
  const ms = (n: number) => n.toFixed(3).padStart(8);
  console.log(
    `Postwarden engine benchmark (${result.rules} rules, Malvern pack${result.classifiers ? "" : " without the learned classifiers"}, open election period, ${result.runs} runs, medians, Node ${result.node})`,
  );
  console.log(
    `Corpus: ${result.corpus.posts} posts, ${result.corpus.megabytes.toFixed(1)} MB from ${result.corpus.dir}\n`,
  );
  console.log(`Throughput (one core)        MB/s     posts/s`);
  console.log(
    `  engine.screen()      ${f(result.throughput.engine.mbPerSecond)}  ${f(result.throughput.engine.postsPerSecond, 0)}`,
  );
  console.log(
    `  tokenize() baseline  ${f(result.throughput.tokenize.mbPerSecond)}  ${f(result.throughput.tokenize.postsPerSecond, 0)}`,
  );
  console.log(
    `  engine / baseline    ${f(result.throughput.tokenize.mbPerSecond / result.throughput.engine.mbPerSecond)}x slower\n`,
  );
  console.log(`Latency per text (ms)            p50       p95       p99       max`);
  for (const row of result.latencyMs) {
    const line = (label: string, p: Percentiles) =>
      `  ${label.padEnd(27)}${ms(p.p50)}  ${ms(p.p95)}  ${ms(p.p99)}  ${ms(p.max)}`;
    console.log(line(`${row.length} chars  engine`, row.engine));
    console.log(line(`${row.length} chars  tokenize()`, row.tokenize));
  }
}

main();
