import { bagLogits, createBagModel, linearWeights, trainEpoch, type BagOptions } from "./embedding-bag.ts";
import type { LinearModel } from "./logistic.ts";
import { CATEGORY_HEADS, FILE_HEADS, HEADS, type Head, type TextRow } from "./text-data.ts";

/**
 * Trains the multi-task embedding-bag model without a hidden layer on every text file and
 * returns, per category head, the linear weights it amounts to (bucket · head), taken from the
 * epoch where that head's F1 on the held-out fold peaked. Being linear, it folds into the committed
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

export interface TableOptions {
  seeds: number;
  /** The fold left out: it picks each head's epoch and is scored by it. */
  heldOutFold: number;
}

export interface SharedTable {
  heads: Map<Head, LinearModel>;
  /** Per head, the held-out best F1 after each epoch. */
  curves: Map<Head, number[]>;
}

/**
 * Trains on every row outside the validation split and the held-out fold. Several tables from
 * different seeds are averaged per head: the small data sets make any one run noisy, and the
 * average of linear models is still linear.
 */
export function trainSharedTable(
  rows: readonly TextRow[],
  bits: number,
  log: (line: string) => void,
  options: TableOptions,
): SharedTable {
  const { seeds } = options;
  const runs = Array.from({ length: seeds }, (_, k) =>
    trainOneTable({ ...SHARED_OPTIONS, bits, seed: SHARED_OPTIONS.seed + 7919 * k }, rows, options, log),
  );
  const heads = new Map<Head, LinearModel>();
  const curves = new Map<Head, number[]>();
  for (const head of runs[0]!.heads.keys()) {
    const weights = new Float64Array(1 << bits);
    let bias = 0;
    for (const run of runs) {
      const m = run.heads.get(head)!;
      for (let b = 0; b < weights.length; b++) weights[b]! += m.weights[b]! / seeds;
      bias += m.bias / seeds;
    }
    heads.set(head, { weights, bias });
    const curve = runs[0]!.curves.get(head) ?? [];
    curves.set(
      head,
      curve.map((_, e) => runs.reduce((s, run) => s + run.curves.get(head)![e]! / seeds, 0)),
    );
  }
  return { heads, curves };
}

function trainOneTable(
  options: BagOptions,
  rows: readonly TextRow[],
  { heldOutFold }: TableOptions,
  log: (line: string) => void,
): SharedTable {
  const train = rows.filter((r) => r.fold >= 0 && r.fold !== heldOutFold);
  const heldOut = rows.filter((r) => r.fold === heldOutFold);
  const model = createBagModel(options);
  const state = { epoch: 0 };
  const best = new Map<Head, { f1: number; model: LinearModel }>();
  const curves = new Map<Head, number[]>();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    trainEpoch(model, train, state);
    const table = linearWeights(model);
    const scores: string[] = [];
    HEADS.slice(0, CATEGORY_HEADS).forEach((head, h) => {
      const own = heldOut.filter((r) => FILE_HEADS[r.file]!.includes(head));
      let f1 = 0;
      if (own.length > 0) {
        const z = own.map((r) => bagLogits(model, r.buckets)[h]!);
        f1 = maxF1(
          z,
          own.map((r) => r.labels[h]!),
        );
        scores.push(`${head} ${f1.toFixed(3)}`);
        curves.set(head, [...(curves.get(head) ?? []), f1]);
      }
      if (f1 > (best.get(head)?.f1 ?? -1)) {
        const weights = new Float64Array(1 << options.bits);
        for (let b = 0; b < weights.length; b++) weights[b] = table[b * HEADS.length + h]!;
        best.set(head, { f1, model: { weights, bias: model.outerBias[h]! } });
      }
    });
    if (scores.length > 0) log(`  shared table epoch ${epoch}: held-out best F1 ${scores.join(", ")}`);
  }
  return { heads: new Map([...best].map(([head, b]) => [head, b.model])), curves };
}

export function spread(z: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < z.length; i++) m += z[i]! / z.length;
  let s = 0;
  for (let i = 0; i < z.length; i++) s += (z[i]! - m) ** 2 / z.length;
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
  return averageBySpread(a, b, spread(logitsA), spread(logitsB));
}

/** The same with the spreads given (measured on held-out rows of other fits). */
export function averageBySpread(a: LinearModel, b: LinearModel, sa: number, sb: number): LinearModel {
  const weights = Float64Array.from(a.weights, (w, i) => w / sa + b.weights[i]! / sb);
  return { weights, bias: a.bias / sa + b.bias / sb };
}
