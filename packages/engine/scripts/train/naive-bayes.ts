import type { LinearModel } from "./logistic.ts";
import type { SparseVector } from "./vectors.ts";

/**
 * NB-weighting (Wang and Manning, 2012): each feature is scaled by its log-count ratio
 * r = log((p / |p|) / (q / |q|)), with p and q the smoothed counts of documents containing it
 * among positives and negatives. Logistic regression on the scaled features, with the scale
 * folded back into its weights, is still one linear model over the same buckets.
 */
export function logCountRatios(
  xs: readonly SparseVector[],
  ys: Uint8Array,
  bits: number,
  alpha = 1,
): Float64Array {
  const size = 1 << bits;
  const p = new Float64Array(size).fill(alpha);
  const q = new Float64Array(size).fill(alpha);
  xs.forEach((x, k) => {
    const counts = ys[k] ? p : q;
    for (let i = 0; i < x.index.length; i++) counts[x.index[i]!]! += 1;
  });
  let sp = 0;
  let sq = 0;
  for (let b = 0; b < size; b++) {
    sp += p[b]!;
    sq += q[b]!;
  }
  return Float64Array.from(p, (pb, b) => Math.log(pb / sp / (q[b]! / sq)));
}

export function scaleBy(x: SparseVector, r: Float64Array): SparseVector {
  return { index: x.index, value: Float32Array.from(x.value, (v, i) => v * r[x.index[i]!]!) };
}

/** The weights the scaled model amounts to on the unscaled features. */
export function foldRatios(model: LinearModel, r: Float64Array): LinearModel {
  return { weights: Float64Array.from(model.weights, (w, b) => w * r[b]!), bias: model.bias };
}
