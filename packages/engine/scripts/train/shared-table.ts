import { bagLogits, createBagModel, linearWeights, trainEpoch, type BagOptions } from "./embedding-bag.ts";
import type { LinearModel } from "./logistic.ts";
import { CATEGORY_HEADS, FILE_HEADS, HEADS, textRows, type Head, type TextRow } from "./text-data.ts";

/**
 * Trains the multi-task embedding-bag model without a hidden layer on every text file and
 * returns, per category head, the linear weights it amounts to (bucket · head), taken from the
 * epoch where that head's calibration F1 peaked. Being linear, it folds into the committed
 * format unchanged: same hashing, same windows, same per-word evidence.
 */
export const SHARED_OPTIONS: Omit<BagOptions, "bits"> = {
  dims: 24,
  hidden: 0,
  heads: HEADS.length,
  epochs: 3,
  learningRate: 0.03,
  dropout: 0.5,
  l2: 0,
  // The two small data sets count double; the message-type heads only shape the table.
  headWeights: [1, 1, 2, 2, 1, 1],
  seed: 20240601,
};

/** The best F1 any threshold reaches: compares epochs without a calibration fit in between. */
export function maxF1(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i]!;
  let tp = 0;
  let best = 0;
  order.forEach((i, k) => {
    tp += labels[i]!;
    best = Math.max(best, (2 * tp) / (k + 1 + positives));
  });
  return best;
}

/**
 * Several tables from different seeds, averaged per head: the small data sets make any one
 * run noisy, and the average of linear models is still linear.
 */
export function trainSharedTable(
  bits: number,
  log: (line: string) => void,
  seeds = 1,
): Map<Head, LinearModel> {
  const rows = textRows(bits);
  const runs = Array.from({ length: seeds }, (_, k) =>
    trainOneTable({ ...SHARED_OPTIONS, bits, seed: SHARED_OPTIONS.seed + 7919 * k }, rows, log),
  );
  const out = new Map<Head, LinearModel>();
  for (const head of runs[0]!.keys()) {
    const weights = new Float64Array(1 << bits);
    let bias = 0;
    for (const run of runs) {
      const m = run.get(head)!;
      for (let b = 0; b < weights.length; b++) weights[b]! += m.weights[b]! / seeds;
      bias += m.bias / seeds;
    }
    out.set(head, { weights, bias });
  }
  return out;
}

function trainOneTable(
  options: BagOptions,
  rows: TextRow[],
  log: (line: string) => void,
): Map<Head, LinearModel> {
  const train = rows.filter((r) => r.split === "train");
  const calibration = rows.filter((r) => r.split === "calibration");
  const model = createBagModel(options);
  const state = { epoch: 0 };
  const best = new Map<Head, { f1: number; model: LinearModel; epoch: number }>();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    trainEpoch(model, train, state);
    const table = linearWeights(model);
    const scores: string[] = [];
    HEADS.slice(0, CATEGORY_HEADS).forEach((head, h) => {
      const own = calibration.filter((r) => FILE_HEADS[r.file]!.includes(head));
      const z = own.map((r) => bagLogits(model, r.buckets)[h]!);
      const f1 = maxF1(
        z,
        own.map((r) => r.labels[h]!),
      );
      scores.push(`${head} ${f1.toFixed(3)}`);
      if (f1 > (best.get(head)?.f1 ?? -1)) {
        const weights = new Float64Array(1 << options.bits);
        for (let b = 0; b < weights.length; b++) weights[b] = table[b * HEADS.length + h]!;
        best.set(head, { f1, epoch, model: { weights, bias: model.outerBias[h]! } });
      }
    });
    log(`  shared table epoch ${epoch}: calibration best F1 ${scores.join(", ")}`);
  }
  return new Map([...best].map(([head, b]) => [head, b.model]));
}

function spread(z: Float64Array): number {
  let m = 0;
  for (const v of z) m += v / z.length;
  let s = 0;
  for (const v of z) s += (v - m) ** 2 / z.length;
  return Math.sqrt(s) || 1;
}

/**
 * The average of two linear models' logits, each first divided by its spread on the
 * calibration rows so neither dominates: still one linear model.
 */
export function averageLinear(
  a: LinearModel,
  b: LinearModel,
  logitsA: Float64Array,
  logitsB: Float64Array,
): LinearModel {
  const sa = spread(logitsA);
  const sb = spread(logitsB);
  const weights = Float64Array.from(a.weights, (w, i) => w / sa + b.weights[i]! / sb);
  return { weights, bias: a.bias / sa + b.bias / sb };
}
