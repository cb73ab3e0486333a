/**
 * A trained linear model as committed: int8 weights with one scale, base64 encoded, plus the
 * Platt scaling that turns a raw score into a calibrated probability.
 */
export interface PackedModel {
  id: string;
  /** log2 of the number of hash buckets. */
  bits: number;
  bias: number;
  /** Weight of bucket i is int8[i] * scale. */
  scale: number;
  /** p = 1 / (1 + exp(-(plattA * logit + plattB))). */
  plattA: number;
  plattB: number;
  /** The probability that maximised F1 on the calibration split: the advice cut-off. */
  threshold: number;
  /** The lowest probability with precision of at least 0.85 on the calibration split: worth holding a post for. */
  sureThreshold: number;
  weights: string;
}

/** The committed int8 weights as they are stored: weight of bucket i is int8[i] * scale. */
export function int8Weights(model: PackedModel): Int8Array {
  const binary = atob(model.weights);
  const size = 1 << model.bits;
  if (binary.length !== size)
    throw new Error(`Model ${model.id}: expected ${size} weights, found ${binary.length}`);
  const out = new Int8Array(size);
  for (let i = 0; i < size; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function calibrate(model: PackedModel, logit: number): number {
  return 1 / (1 + Math.exp(-(model.plattA * logit + model.plattB)));
}
