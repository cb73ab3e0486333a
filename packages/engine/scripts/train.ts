/**
 * Trains the five classifiers from /work/shared/data and writes their weights into
 * src/models/. Deterministic: fixed seeds and a split by hashed row id. Prints validation
 * precision, recall and F1 per category; the validation rows are never fitted.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "tldts";
import { fileURLToPath } from "node:url";
import { createFeatureBuffer, featurise } from "../src/classifiers/features.ts";
import type { PackedModel } from "../src/classifiers/model.ts";
import { textWords } from "../src/classifiers/text-words.ts";
import { urlFeatures } from "../src/classifiers/url-features.ts";
import { bestThreshold, countAt, fitPlatt, precisionThreshold, prf } from "./train/calibrate.ts";
import { FOLDS, foldOf, readRows, splitOf, type Row, type Split } from "./train/data.ts";
import { logit, trainLogistic, type LinearModel, type TrainOptions } from "./train/logistic.ts";
import { foldRatios, logCountRatios, scaleBy } from "./train/naive-bayes.ts";
import { averageBySpread, spread, trainSharedTable } from "./train/shared-table.ts";
import { textRows, type Head } from "./train/text-data.ts";
import { dequantise, quantise, toPacked, writeLexiconModule, writeModelModule } from "./train/pack.ts";
import { BASE, TASKS, TEXT_BITS, type Task } from "./train/tasks.ts";
import { textVector, urlVector, type SparseVector } from "./train/vectors.ts";

const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), "../src/models");
export { TEXT_BITS, URL_BITS } from "./train/tasks.ts";
const LEXICON_SIZE = 400;
/** Precision a score must reach on the held-out rows of every source file before it holds a post for approval. */
const SURE_PRECISION = 0.85;

interface Example {
  file: string;
  split: Split;
  /** Cross-validation fold (text tasks); -1 on validation rows, -2 on auxiliary rows (always fitted). */
  fold: number;
  x: SparseVector;
  y: number;
  text: string;
}

/**
 * `--links-by-domain` splits the link file by registrable domain instead of by row, so no site
 * is both trained on and measured: the honest figure for sites the model has never seen.
 */
const linksByDomain = process.argv.includes("--links-by-domain");
function splitFor(task: Task, file: string, row: Row): Split {
  if (task.kind !== "url" || !linksByDomain) return splitOf(file, row.id);
  const parsed = parse(row.text);
  return splitOf(file, parsed.domain ?? parsed.hostname ?? row.text);
}

function examples(task: Task): Example[] {
  const out: Example[] = [];
  for (const file of task.files) {
    for (const row of readRows(file)) {
      const x = task.kind === "url" ? urlVector(row.text, task.bits) : textVector(row.text, task.bits);
      const split = splitFor(task, file, row);
      out.push({
        file,
        split,
        fold: split === "validation" ? -1 : foldOf(file, row.id),
        x,
        y: row.categories.includes(task.label) ? 1 : 0,
        text: row.text,
      });
    }
  }
  if (task.auxiliary) {
    const trainRows = task.files.flatMap((file) =>
      readRows(file).filter((row) => splitFor(task, file, row) === "train"),
    );
    for (const { text, y } of task.auxiliary(trainRows)) {
      const x = task.kind === "url" ? urlVector(text, task.bits) : textVector(text, task.bits);
      out.push({ file: "auxiliary", split: "train", fold: -2, x, y, text });
    }
  }
  return out;
}

const pick = (list: Example[], split: Split) => list.filter((e) => e.split === split);
const labelsOf = (list: Example[]) => Uint8Array.from(list, (e) => e.y);
const logitsOf = (model: LinearModel, list: Example[]) => Float64Array.from(list, (e) => logit(model, e.x));
const fmt = (x: number) => x.toFixed(3);

interface Trained {
  packed: PackedModel;
  model: LinearModel;
  /** Text tasks: the out-of-fold probability of each row outside the validation split. */
  outOfFold?: { examples: Example[]; probabilities: Float64Array };
}

type Variant = Task["grid"][number];

function fitLinear(task: Task, variant: Variant, fit: readonly Example[]): LinearModel {
  const options: TrainOptions = { ...BASE, bits: task.bits, ...variant };
  const xs = fit.map((e) => e.x);
  const ys = Uint8Array.from(fit, (e) => e.y);
  if (!variant.naiveBayes) return trainLogistic(xs, ys, options);
  const r = logCountRatios(xs, ys, task.bits);
  return foldRatios(
    trainLogistic(
      xs.map((x) => scaleBy(x, r)),
      ys,
      options,
    ),
    r,
  );
}

const variantName = (variant: Variant) => `l2=${variant.l2}${variant.naiveBayes ? " NB-weighted" : ""}`;

interface Calibrated {
  platt: { a: number; b: number };
  threshold: number;
  sure: number;
  f1: number;
  probabilities: Float64Array;
}

/** Platt scaling and both thresholds from held-out logits. */
function calibrate(logits: Float64Array, rows: readonly Example[]): Calibrated {
  const labels = Uint8Array.from(rows, (e) => e.y);
  const files = rows.map((e) => e.file);
  const platt = fitPlatt(logits, labels);
  const probabilities = Float64Array.from(logits, (z) => 1 / (1 + Math.exp(-(platt.a * z + platt.b))));
  // With several source files, the threshold serves each file equally, not the largest.
  const threshold = bestThreshold(probabilities, labels, files);
  const f1 = prf(countAt(probabilities, labels, threshold)).f1;
  const sure = precisionThreshold(probabilities, labels, files, SURE_PRECISION, threshold);
  return { platt, threshold, sure, f1, probabilities };
}

/** The link model: fitted on the train split, calibrated on the calibration split. */
function trainTask(task: Task, all: Example[]): Trained {
  const train = pick(all, "train");
  const calibration = pick(all, "calibration");
  let best: { f1: number; trained: Trained } | undefined;
  for (const variant of task.grid) {
    const q = quantise(fitLinear(task, variant, train));
    const model = dequantise(q);
    const c = calibrate(logitsOf(model, calibration), calibration);
    console.log(`  ${task.id} ${variantName(variant)} calibration F1 ${fmt(c.f1)} at ${c.threshold}`);
    if (!best || c.f1 > best.f1)
      best = {
        f1: c.f1,
        trained: { model, packed: toPacked(task.id, task.bits, q, c.platt, c.threshold, c.sure) },
      };
  }
  return best!.trained;
}

/** Out-of-fold logits per variant of one text task, and the sum of its fold models. */
interface FoldScores {
  logits: Float64Array[];
  sums: LinearModel[];
}

/**
 * The text models, cross-validated: for each fold, the shared table and every variant of each
 * task are fitted on the other folds and score the held-out one. The variant, Platt scaling and
 * thresholds come from the pooled out-of-fold scores (nine times the calibration split's rows);
 * the committed model is the mean of the fold models, which together have seen every row
 * outside the validation split. Each fold's shared table picks its epochs on the held-out fold,
 * so the out-of-fold figures lean slightly optimistic.
 */
function trainTextTasks(
  tasks: readonly Task[],
  all: ReadonlyMap<string, Example[]>,
  useShared: boolean,
  seeds: number,
): Map<string, Trained> {
  const rows = useShared ? textRows(TEXT_BITS) : [];
  const log = (line: string) => console.log(line);
  const pooled = new Map(tasks.map((t) => [t.id, all.get(t.id)!.filter((e) => e.fold >= 0)]));
  const scores = new Map<string, FoldScores>(
    tasks.map((t) => [
      t.id,
      {
        logits: t.grid.map(() => new Float64Array(pooled.get(t.id)!.length)),
        sums: t.grid.map(() => ({ weights: new Float64Array(1 << t.bits), bias: 0 })),
      },
    ]),
  );
  const curves = new Map<Head, number[][]>();
  for (let k = 0; k < FOLDS; k++) {
    console.log(`fold ${k + 1} of ${FOLDS}`);
    const table = useShared ? trainSharedTable(rows, TEXT_BITS, log, { seeds, heldOutFold: k }) : undefined;
    for (const [head, curve] of table?.curves ?? []) curves.set(head, [...(curves.get(head) ?? []), curve]);
    for (const task of tasks) {
      const fit = all.get(task.id)!.filter((e) => e.fold !== -1 && e.fold !== k);
      const heldOut: number[] = [];
      pooled.get(task.id)!.forEach((e, i) => {
        if (e.fold === k) heldOut.push(i);
      });
      const heldOutRows = heldOut.map((i) => pooled.get(task.id)![i]!);
      const shared = task.head && table?.heads.get(task.head);
      task.grid.forEach((variant, v) => {
        let model = fitLinear(task, variant, fit);
        if (shared) {
          // Logistic regression and the shared multi-task table, averaged: each sees what the other misses.
          const spreads = {
            linear: spread(logitsOf(model, heldOutRows)),
            shared: spread(logitsOf(shared, heldOutRows)),
          };
          model = averageBySpread(model, shared, spreads.linear, spreads.shared);
        }
        const sum = scores.get(task.id)!.sums[v]!;
        for (let b = 0; b < sum.weights.length; b++) sum.weights[b]! += model.weights[b]! / FOLDS;
        sum.bias += model.bias / FOLDS;
        model = dequantise(quantise(model));
        const logits = scores.get(task.id)!.logits[v]!;
        heldOut.forEach((i) => (logits[i] = logit(model, pooled.get(task.id)![i]!.x)));
      });
    }
  }
  for (const [head, perFold] of curves) {
    const mean = perFold[0]!.map((_, e) => perFold.reduce((sum, c) => sum + c[e]! / perFold.length, 0));
    console.log(`  shared table ${head}: mean held-out best F1 by epoch ${mean.map(fmt).join(", ")}`);
  }
  const out = new Map<string, Trained>();
  for (const task of tasks) {
    const fold = scores.get(task.id)!;
    const held = pooled.get(task.id)!;
    const calibrations = task.grid.map((variant, v) => {
      const c = calibrate(fold.logits[v]!, held);
      console.log(`  ${task.id} ${variantName(variant)} out-of-fold F1 ${fmt(c.f1)} at ${c.threshold}`);
      return c;
    });
    const v = calibrations.reduce((b, c, i) => (c.f1 > calibrations[b]!.f1 ? i : b), 0);
    const c = calibrations[v]!;
    // The average of the fold models: linear still, it has seen every fitted row, and its
    // scores sit on the scale the out-of-fold calibration was fitted to.
    const model = fold.sums[v]!;
    const q = quantise(model);
    out.set(task.id, {
      model: dequantise(q),
      packed: toPacked(task.id, task.bits, q, c.platt, c.threshold, c.sure),
      outOfFold: { examples: held, probabilities: c.probabilities },
    });
  }
  return out;
}

function report(task: Task, trained: Trained, all: Example[]): string[] {
  const lines: string[] = [];
  const { packed, model } = trained;
  const score = (e: Example) => 1 / (1 + Math.exp(-(packed.plattA * logit(model, e.x) + packed.plattB)));
  const groups: [string, Example[]][] = [[task.files.join(" + "), pick(all, "validation")]];
  if (task.files.length > 1)
    for (const f of task.files) groups.push([f, pick(all, "validation").filter((e) => e.file === f)]);
  for (const [name, rows] of groups) {
    const c = countAt(rows.map(score), labelsOf(rows), packed.threshold);
    const m = prf(c);
    lines.push(
      `| ${task.label} | ${name} | ${rows.length} | ${c.tp + c.fn} | ${fmt(m.precision)} | ${fmt(m.recall)} | ${fmt(m.f1)} | ${packed.threshold} / ${packed.sureThreshold} |`,
    );
  }
  return lines;
}

/** How strongly one word alone pulls towards a category: its own features, unscaled. */
function wordScore(word: string, model: LinearModel, bits: number, buffer = createFeatureBuffer()): number {
  featurise([{ text: word, start: 0, end: word.length }], bits, buffer);
  let s = 0;
  for (let i = 0; i < buffer.count; i++) s += model.weights[buffer.buckets[i]!]!;
  return s;
}

function lexicon(all: Example[], abuse: LinearModel, hate: LinearModel): string[] {
  const vocabulary = new Set<string>();
  for (const e of all)
    if (e.y === 1 && e.split !== "validation")
      for (const w of textWords(e.text)) if (/^[a-z]{3,12}$/.test(w.text)) vocabulary.add(w.text);
  const scored = [...vocabulary].map((w) => ({
    w,
    s: wordScore(w, abuse, TEXT_BITS) + wordScore(w, hate, TEXT_BITS),
  }));
  return scored
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || (a.w < b.w ? -1 : 1))
    .slice(0, LEXICON_SIZE)
    .map((x) => x.w);
}

/** `--only abuse,political` trains a subset; `--no-write` measures without touching src/models. */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const only = argValue("--only")?.split(",");
const write = !process.argv.includes("--no-write");
/** `--dump FILE` writes every held-out row's probability (JSON Lines) for threshold analysis. */
const dumpPath = argValue("--dump");

function heldOutScores(task: Task, t: Trained, all: Example[]): string[] {
  const { packed, model } = t;
  const line = (e: Example, split: string, p: number) =>
    JSON.stringify({ task: task.id, file: e.file, split, y: e.y, p });
  const validation = pick(all, "validation").map((e) =>
    line(e, "validation", 1 / (1 + Math.exp(-(packed.plattA * logit(model, e.x) + packed.plattB)))),
  );
  const outOfFold = t.outOfFold?.examples.map((e, i) =>
    line(e, "calibration", t.outOfFold!.probabilities[i]!),
  );
  return [...validation, ...(outOfFold ?? [])];
}

function main(): void {
  const started = Date.now();
  const table = [
    "| category | validation rows from | rows | positives | precision | recall | F1 | threshold (advice / approval) |",
    "|---|---|---|---|---|---|---|---|",
  ];
  const trained = new Map<string, { trained: Trained; all: Example[] }>();
  const tasks = TASKS.filter((t) => !only || only.includes(t.id));
  const all = new Map<string, Example[]>();
  for (const task of tasks) {
    const rows = examples(task);
    all.set(task.id, rows);
    console.log(
      `${task.id}: ${rows.length} rows (${rows.filter((e) => e.fold !== -1).length} fitted, ${pick(rows, "validation").length} validation)`,
    );
  }
  const textTasks = tasks.filter((t) => t.kind === "text");
  const text = trainTextTasks(
    textTasks,
    all,
    textTasks.some((t) => t.head) && !process.argv.includes("--no-shared"),
    Number(argValue("--seeds") ?? 3),
  );
  for (const task of tasks)
    trained.set(task.id, {
      trained: text.get(task.id) ?? trainTask(task, all.get(task.id)!),
      all: all.get(task.id)!,
    });
  for (const task of tasks) {
    const { trained: t, all } = trained.get(task.id)!;
    const positives = all.filter((e) => e.y === 1).length;
    const auxiliary = all.filter((e) => e.file === "auxiliary").length;
    table.push(...report(task, t, all));
    for (const probe of task.probes ?? []) {
      const x = task.kind === "url" ? urlVector(probe, task.bits) : textVector(probe, task.bits);
      const p = 1 / (1 + Math.exp(-(t.packed.plattA * logit(t.model, x) + t.packed.plattB)));
      console.log(`  probe ${p.toFixed(3)} (threshold ${t.packed.threshold}) ${probe}`);
      if (process.argv.includes("--explain") && task.kind === "url") {
        const parts = urlFeatures(probe, task.bits).map(
          (f) => `${f.label} ${t.model.weights[f.bucket]!.toFixed(2)}`,
        );
        console.log(`    ${parts.join("; ")}`);
      }
    }
    if (write)
      writeModelModule(
        join(MODELS_DIR, `${task.id}.ts`),
        task.exportName,
        t.packed,
        `${task.label}: logistic regression on hashed features (2^${task.bits} buckets), ${all.length} rows from ${task.files.join(", ")}${auxiliary > 0 ? ` and ${auxiliary} auxiliary training rows` : ""} (${positives} positive).`,
      );
  }
  if (dumpPath)
    writeFileSync(
      dumpPath,
      tasks
        .flatMap((task) => heldOutScores(task, trained.get(task.id)!.trained, trained.get(task.id)!.all))
        .join("\n") + "\n",
    );
  const abuse = trained.get("abuse");
  const hate = trained.get("hate");
  if (write && abuse && hate)
    writeLexiconModule(
      join(MODELS_DIR, "abuse-lexicon.ts"),
      lexicon(abuse.all, abuse.trained.model, hate.trained.model),
    );
  console.log(
    `\nValidation (rows never trained on; text thresholds chosen on out-of-fold scores, the link threshold on the calibration split):\n${table.join("\n")}`,
  );
  console.log(
    `\nTrained in ${((Date.now() - started) / 1000).toFixed(1)} s; models written to ${MODELS_DIR}`,
  );
}

main();
