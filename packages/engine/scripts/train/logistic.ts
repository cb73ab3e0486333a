import type { SparseVector } from "./vectors.ts";

/** Seeded generator so training is repeatable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** L2 penalty per example. */
  l2: number;
  learningRate: number;
  /** Weight of positive examples relative to negatives. */
  positiveWeight: number;
  seed: number;
}

export function logit(model: LinearModel, x: SparseVector): number {
  let z = model.bias;
  for (let i = 0; i < x.index.length; i++) z += model.weights[x.index[i]!]! * x.value[i]!;
  return z;
}

/** Logistic regression by AdaGrad SGD with L2, applied to the coordinates each example touches. */
export function trainLogistic(xs: SparseVector[], ys: Uint8Array, options: TrainOptions): LinearModel {
  const size = 1 << options.bits;
  const model: LinearModel = { weights: new Float64Array(size), bias: 0 };
  const squared = new Float64Array(size).fill(1e-8);
  let biasSquared = 1e-8;
  const random = mulberry32(options.seed);
  const order = Array.from({ length: xs.length }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = xs[k]!;
      const y = ys[k]!;
      const p = 1 / (1 + Math.exp(-logit(model, x)));
      const g = (p - y) * (y === 1 ? options.positiveWeight : 1);
      for (let i = 0; i < x.index.length; i++) {
        const b = x.index[i]!;
        const grad = g * x.value[i]! + options.l2 * model.weights[b]!;
        squared[b]! += grad * grad;
        model.weights[b]! -= (options.learningRate * grad) / Math.sqrt(squared[b]!);
      }
      biasSquared += g * g;
      model.bias -= (options.learningRate * g) / Math.sqrt(biasSquared);
    }
  }
  return model;
}
