import { mulberry32 } from "./logistic.ts";

/**
 * A fastText-style multi-task model: hashed features look up rows of one shared embedding
 * table, the rows are summed and scaled by 1/sqrt(n) (as the linear models are), an optional
 * tanh layer follows, and each task has its own logistic head. A row contributes loss only to
 * the heads its source file labels, so small data sets borrow the representation the large
 * ones shape.
 */
export interface BagExample {
  /** Hash buckets of the text's features, repeats kept. */
  buckets: Int32Array;
  /** Per head: 1, 0, or -1 when the row's file does not label that head. */
  labels: Int8Array;
}

export interface BagOptions {
  bits: number;
  dims: number;
  /** 0 for no hidden layer: the model is then linear in the features (a low-rank multi-task logistic regression). */
  hidden: number;
  heads: number;
  epochs: number;
  learningRate: number;
  /** Chance of dropping each feature occurrence while training. */
  dropout: number;
  l2: number;
  /** Loss weight per head, to balance small tasks against large ones. */
  headWeights: number[];
  seed: number;
}

export interface BagModel {
  options: BagOptions;
  embedding: Float32Array;
  /** hidden × dims, row-major (only with a hidden layer). */
  inner: Float32Array;
  innerBias: Float32Array;
  /** heads × width, where width is hidden or dims. */
  outer: Float32Array;
  outerBias: Float32Array;
}

export function createBagModel(options: BagOptions): BagModel {
  const random = mulberry32(options.seed);
  const { dims, hidden, heads } = options;
  const embedding = new Float32Array((1 << options.bits) * dims);
  for (let i = 0; i < embedding.length; i++) embedding[i] = (random() * 2 - 1) * (1 / dims);
  const inner = new Float32Array(hidden * dims);
  for (let i = 0; i < inner.length; i++) inner[i] = (random() * 2 - 1) * Math.sqrt(3 / dims);
  const width = hidden > 0 ? hidden : dims;
  const outer = new Float32Array(heads * width);
  for (let i = 0; i < outer.length; i++) outer[i] = (random() * 2 - 1) * Math.sqrt(3 / width);
  return {
    options,
    embedding,
    inner,
    innerBias: new Float32Array(hidden),
    outer,
    outerBias: new Float32Array(heads),
  };
}

/** Scratch space for one forward pass. */
interface Pass {
  bag: Float64Array;
  act: Float64Array;
  logits: Float64Array;
}

function newPass(o: BagOptions): Pass {
  return {
    bag: new Float64Array(o.dims),
    act: new Float64Array(Math.max(o.hidden, o.dims)),
    logits: new Float64Array(o.heads),
  };
}

function forward(model: BagModel, buckets: ArrayLike<number>, count: number, pass: Pass): void {
  const { dims, hidden, heads } = model.options;
  const { bag, act, logits } = pass;
  bag.fill(0);
  for (let i = 0; i < count; i++) {
    const row = buckets[i]! * dims;
    for (let d = 0; d < dims; d++) bag[d]! += model.embedding[row + d]!;
  }
  const unit = count > 0 ? 1 / Math.sqrt(count) : 0;
  for (let d = 0; d < dims; d++) bag[d]! *= unit;
  const width = hidden > 0 ? hidden : dims;
  if (hidden > 0)
    for (let j = 0; j < hidden; j++) {
      let z = model.innerBias[j]!;
      for (let d = 0; d < dims; d++) z += model.inner[j * dims + d]! * bag[d]!;
      act[j] = Math.tanh(z);
    }
  else for (let d = 0; d < dims; d++) act[d] = bag[d]!;
  for (let h = 0; h < heads; h++) {
    let z = model.outerBias[h]!;
    for (let j = 0; j < width; j++) z += model.outer[h * width + j]! * act[j]!;
    logits[h] = z;
  }
}

export function bagLogits(model: BagModel, buckets: ArrayLike<number>): Float64Array {
  const pass = newPass(model.options);
  forward(model, buckets, buckets.length, pass);
  return pass.logits;
}

/** AdaGrad state, one accumulator per parameter. */
interface Accumulators {
  embedding: Float32Array;
  inner: Float32Array;
  innerBias: Float32Array;
  outer: Float32Array;
  outerBias: Float32Array;
}

function accumulatorsFor(m: BagModel): Accumulators {
  const fill = (n: number) => new Float32Array(n).fill(1e-6);
  return {
    embedding: fill(m.embedding.length),
    inner: fill(m.inner.length),
    innerBias: fill(m.innerBias.length),
    outer: fill(m.outer.length),
    outerBias: fill(m.outerBias.length),
  };
}

/**
 * One epoch of AdaGrad over the examples in a shuffled order. Returns the mean loss.
 */
export function trainEpoch(
  model: BagModel,
  examples: readonly BagExample[],
  state: { acc?: Accumulators; random?: () => number; epoch: number },
): number {
  const o = model.options;
  const { dims, hidden, heads } = o;
  const width = hidden > 0 ? hidden : dims;
  state.acc ??= accumulatorsFor(model);
  state.random ??= mulberry32(o.seed + 1);
  const acc = state.acc;
  const random = state.random;
  const pass = newPass(o);
  const kept = new Int32Array(4096);
  const gradAct = new Float64Array(width);
  const gradBag = new Float64Array(dims);
  const order = Array.from({ length: examples.length }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const lr = o.learningRate;
  let loss = 0;
  for (const k of order) {
    const e = examples[k]!;
    let n = 0;
    for (let i = 0; i < e.buckets.length && n < kept.length; i++)
      if (o.dropout === 0 || random() >= o.dropout) kept[n++] = e.buckets[i]!;
    if (n === 0) continue;
    forward(model, kept, n, pass);
    gradAct.fill(0);
    let any = false;
    for (let h = 0; h < heads; h++) {
      const y = e.labels[h]!;
      if (y < 0) continue;
      any = true;
      const z = pass.logits[h]!;
      const p = 1 / (1 + Math.exp(-z));
      loss += -(y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12)) * o.headWeights[h]!;
      const g = (p - y) * o.headWeights[h]!;
      for (let j = 0; j < width; j++) {
        gradAct[j]! += g * model.outer[h * width + j]!;
        const gw = g * pass.act[j]!;
        const at = h * width + j;
        acc.outer[at]! += gw * gw;
        model.outer[at]! -= (lr * gw) / Math.sqrt(acc.outer[at]!);
      }
      acc.outerBias[h]! += g * g;
      model.outerBias[h]! -= (lr * g) / Math.sqrt(acc.outerBias[h]!);
    }
    if (!any) continue;
    if (hidden > 0) {
      gradBag.fill(0);
      for (let j = 0; j < hidden; j++) {
        const gz = gradAct[j]! * (1 - pass.act[j]! * pass.act[j]!);
        for (let d = 0; d < dims; d++) {
          const at = j * dims + d;
          gradBag[d]! += gz * model.inner[at]!;
          const gw = gz * pass.bag[d]!;
          acc.inner[at]! += gw * gw;
          model.inner[at]! -= (lr * gw) / Math.sqrt(acc.inner[at]!);
        }
        acc.innerBias[j]! += gz * gz;
        model.innerBias[j]! -= (lr * gz) / Math.sqrt(acc.innerBias[j]!);
      }
    } else for (let d = 0; d < dims; d++) gradBag[d] = gradAct[d]!;
    const unit = 1 / Math.sqrt(n);
    for (let i = 0; i < n; i++) {
      const row = kept[i]! * dims;
      for (let d = 0; d < dims; d++) {
        const at = row + d;
        const g = gradBag[d]! * unit + o.l2 * model.embedding[at]!;
        acc.embedding[at]! += g * g;
        model.embedding[at]! -= (lr * g) / Math.sqrt(acc.embedding[at]!);
      }
    }
  }
  state.epoch++;
  return loss / examples.length;
}

export function cloneBagModel(m: BagModel): BagModel {
  return {
    options: m.options,
    embedding: m.embedding.slice(),
    inner: m.inner.slice(),
    innerBias: m.innerBias.slice(),
    outer: m.outer.slice(),
    outerBias: m.outerBias.slice(),
  };
}

/**
 * Without a hidden layer the model is linear in its features: each bucket's weight for head h
 * is the dot product of its embedding row with that head. Returned bucket-major, heads interleaved.
 */
export function linearWeights(m: BagModel): Float32Array {
  const { dims, heads, hidden } = m.options;
  if (hidden > 0) throw new Error("Only a model without a hidden layer is linear");
  const size = 1 << m.options.bits;
  const out = new Float32Array(size * heads);
  for (let b = 0; b < size; b++)
    for (let h = 0; h < heads; h++) {
      let s = 0;
      for (let d = 0; d < dims; d++) s += m.embedding[b * dims + d]! * m.outer[h * dims + d]!;
      out[b * heads + h] = s;
    }
  return out;
}
