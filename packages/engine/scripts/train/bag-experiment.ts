/**
 * Measures the multi-task embedding-bag model against logistic regression on the calibration
 * split, epoch by epoch: `tsx scripts/train/bag-experiment.ts --bits 16 --dims 24 --hidden 0`.
 * Prints the best calibration F1 per category head (over all thresholds, so Platt scaling
 * cannot blur the comparison), for the bag model, logistic regression, and their average of
 * standardised logits. Validation rows are not looked at.
 */
import { bagLogits, createBagModel, trainEpoch, type BagOptions } from "./embedding-bag.ts";
import { logit, trainLogistic } from "./logistic.ts";
import { maxF1 } from "./shared-table.ts";
import { CATEGORY_HEADS, FILE_HEADS, HEADS, textRows, type TextRow } from "./text-data.ts";
import type { SparseVector } from "./vectors.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function standardise(z: Float64Array): Float64Array {
  let m = 0;
  for (const v of z) m += v / z.length;
  let s = 0;
  for (const v of z) s += (v - m) ** 2 / z.length;
  const sd = Math.sqrt(s) || 1;
  return Float64Array.from(z, (v) => (v - m) / sd);
}

function sparse(buckets: Int32Array, bits: number): SparseVector {
  const mask = (1 << bits) - 1;
  const counts = new Map<number, number>();
  for (const b of buckets) counts.set(b & mask, (counts.get(b & mask) ?? 0) + 1);
  const unit = buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0;
  const keys = [...counts.keys()].sort((a, b) => a - b);
  return { index: Int32Array.from(keys), value: Float32Array.from(keys, (k) => counts.get(k)! * unit) };
}

function main(): void {
  const options: BagOptions = {
    bits: arg("--bits", 16),
    dims: arg("--dims", 24),
    hidden: arg("--hidden", 0),
    heads: HEADS.length,
    epochs: arg("--epochs", 4),
    learningRate: arg("--lr", 0.03),
    dropout: arg("--dropout", 0.5),
    l2: arg("--l2", 0),
    headWeights: [
      1,
      1,
      arg("--w-political", 2),
      arg("--w-disparagement", 2),
      arg("--w-aux", 1),
      arg("--w-aux", 1),
    ],
    seed: arg("--seed", 20240601),
  };
  console.log(JSON.stringify(options));
  const rows = textRows(options.bits);
  const train = rows.filter((r) => r.split === "train");
  const calibration = rows.filter((r) => r.split === "calibration");
  const heads = HEADS.slice(0, CATEGORY_HEADS).map((head, h) => {
    const own = calibration.filter((r) => FILE_HEADS[r.file]!.includes(head));
    return { head, h, own, labels: Uint8Array.from(own, (r: TextRow) => r.labels[h]!) };
  });
  // Logistic regression per head on the same rows and the same hash size, as the baseline.
  const linear = arg("--lr-baseline", 1)
    ? heads.map(({ h, own }) => {
        const fit = train.filter((r) => r.labels[h]! >= 0);
        const model = trainLogistic(
          fit.map((r) => sparse(r.buckets, options.bits)),
          Uint8Array.from(fit, (r) => r.labels[h]!),
          { bits: options.bits, epochs: 8, l2: 1e-5, learningRate: 0.05, positiveWeight: 1, seed: 20240601 },
        );
        return standardise(Float64Array.from(own, (r) => logit(model, sparse(r.buckets, options.bits))));
      })
    : undefined;
  if (linear)
    console.log(
      `LR | ${heads.map(({ head, labels }, i) => `${head} ${maxF1(linear[i]!, labels).toFixed(3)}`).join(" | ")}`,
    );
  const model = createBagModel(options);
  const state = { epoch: 0 };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = Date.now();
    const loss = trainEpoch(model, train, state);
    const parts = heads.map(({ head, h, own, labels }, i) => {
      const z = standardise(Float64Array.from(own, (r) => bagLogits(model, r.buckets)[h]!));
      const mix = linear
        ? ` mix ${maxF1(
            z.map((v, k) => v + linear[i]![k]!),
            labels,
          ).toFixed(3)}`
        : "";
      let olid = "";
      if (head === "abuse") {
        const idx = own.flatMap((r, k) => (r.file === "abuse-olid-train.jsonl" ? [k] : []));
        olid = ` olid ${maxF1(
          idx.map((k) => z[k]!),
          idx.map((k) => labels[k]!),
        ).toFixed(3)}`;
        if (linear)
          olid += ` olid-mix ${maxF1(
            idx.map((k) => z[k]! + linear[i]![k]!),
            idx.map((k) => labels[k]!),
          ).toFixed(3)}`;
      }
      return `${head} ${maxF1(z, labels).toFixed(3)}${mix}${olid}`;
    });
    console.log(
      `epoch ${epoch} loss ${loss.toFixed(4)} ${((Date.now() - started) / 1000).toFixed(1)}s | ${parts.join(" | ")}`,
    );
  }
}

main();
