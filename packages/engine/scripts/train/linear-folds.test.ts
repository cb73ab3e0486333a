import { describe, expect, it } from "vitest";
import { bagLogits, createBagModel, linearWeights, trainEpoch, type BagExample } from "./embedding-bag.ts";
import { logit, mulberry32 } from "./logistic.ts";
import { foldRatios, logCountRatios, scaleBy } from "./naive-bayes.ts";
import { averageLinear, maxF1 } from "./shared-table.ts";
import type { SparseVector } from "./vectors.ts";

const BITS = 8;

/** Bucket lists with repeats, and the sparse vector the linear models see for the same list. */
function example(random: () => number): { buckets: Int32Array; x: SparseVector } {
  const buckets = Int32Array.from({ length: 3 + Math.floor(random() * 6) }, () =>
    Math.floor(random() * (1 << BITS)),
  );
  const counts = new Map<number, number>();
  for (const b of buckets) counts.set(b, (counts.get(b) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const unit = 1 / Math.sqrt(buckets.length);
  return {
    buckets,
    x: { index: Int32Array.from(keys), value: Float32Array.from(keys, (k) => counts.get(k)! * unit) },
  };
}

describe("models that fold into one linear model", () => {
  const random = mulberry32(7);
  const data = Array.from({ length: 200 }, () => example(random));
  const labels = Uint8Array.from(data, (d) => (d.buckets[0]! % 2 === 0 ? 1 : 0));

  it("an embedding bag without a hidden layer equals its bucket-times-head weights", () => {
    const model = createBagModel({
      bits: BITS,
      dims: 6,
      hidden: 0,
      heads: 2,
      epochs: 1,
      learningRate: 0.05,
      dropout: 0.2,
      l2: 0,
      headWeights: [1, 1],
      seed: 3,
    });
    const examples: BagExample[] = data.map((d, i) => ({
      buckets: d.buckets,
      labels: Int8Array.of(labels[i]!, -1),
    }));
    trainEpoch(model, examples, { epoch: 0 });
    const table = linearWeights(model);
    for (const h of [0, 1]) {
      const weights = Float64Array.from({ length: 1 << BITS }, (_, b) => table[b * 2 + h]!);
      for (const d of data.slice(0, 20))
        expect(logit({ weights, bias: model.outerBias[h]! }, d.x)).toBeCloseTo(
          bagLogits(model, d.buckets)[h]!,
          4,
        );
    }
  });

  it("NB-weighting folds its ratios into the weights", () => {
    const xs = data.map((d) => d.x);
    const r = logCountRatios(xs, labels, BITS);
    const weights = Float64Array.from({ length: 1 << BITS }, () => random() - 0.5);
    const scaled = { weights, bias: 0.3 };
    const folded = foldRatios(scaled, r);
    for (const x of xs.slice(0, 20)) expect(logit(folded, x)).toBeCloseTo(logit(scaled, scaleBy(x, r)), 6);
    // Smoothed ratios: a bucket seen only with positives leans positive, one never seen is neutral-ish.
    const one = (index: number): SparseVector => ({ index: Int32Array.of(index), value: Float32Array.of(1) });
    const tiny = logCountRatios([one(1), one(1), one(2), one(3)], Uint8Array.of(1, 1, 0, 0), 2);
    expect(tiny[1]!).toBeGreaterThan(0);
    expect(tiny[2]!).toBeLessThan(tiny[1]!);
    expect(tiny[0]!).toBeCloseTo(0, 9);
  });

  it("the average of two linear models ranks as the average of their scaled logits", () => {
    const a = { weights: Float64Array.from({ length: 1 << BITS }, () => random()), bias: 1 };
    const b = { weights: Float64Array.from({ length: 1 << BITS }, () => random() * 10), bias: -2 };
    const za = Float64Array.from(data, (d) => logit(a, d.x));
    const zb = Float64Array.from(data, (d) => logit(b, d.x));
    const mixed = averageLinear(a, b, za, zb);
    const z = data.map((d) => logit(mixed, d.x));
    const spread = (v: Float64Array) => {
      const m = v.reduce((s, x) => s + x, 0) / v.length;
      return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / v.length);
    };
    data.forEach((_, i) => expect(z[i]).toBeCloseTo(za[i]! / spread(za) + zb[i]! / spread(zb), 6));
  });

  it("best F1 over thresholds finds a perfect split", () => {
    expect(maxF1([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(maxF1([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBeCloseTo(2 / 3, 9);
  });
});
