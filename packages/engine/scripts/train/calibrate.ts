/** Platt scaling: fits p = sigmoid(a * z + b) to held-out scores by Newton's method. */
export function fitPlatt(scores: Float64Array, labels: Uint8Array): { a: number; b: number } {
  const positives = labels.reduce((s, y) => s + y, 0);
  const negatives = labels.length - positives;
  // Platt's smoothed targets keep the fit finite when the classes separate.
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let gA = 0,
      gB = 0,
      hAA = 1e-9,
      hAB = 0,
      hBB = 1e-9;
    for (let i = 0; i < scores.length; i++) {
      const z = scores[i]!;
      const t = labels[i] ? hi : lo;
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const d = p - t;
      const w = p * (1 - p);
      gA += d * z;
      gB += d;
      hAA += w * z * z;
      hAB += w * z;
      hBB += w;
    }
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-12) break;
    const dA = (hBB * gA - hAB * gB) / det;
    const dB = (hAA * gB - hAB * gA) / det;
    a -= dA;
    b -= dB;
    if (Math.abs(dA) + Math.abs(dB) < 1e-9) break;
  }
  return { a, b };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function countAt(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  threshold: number,
): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < labels.length; i++) {
    const flagged = probabilities[i]! >= threshold;
    if (labels[i]) {
      if (flagged) c.tp++;
      else c.fn++;
    } else if (flagged) c.fp++;
    else c.tn++;
  }
  return c;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The threshold with the best F1, searched over a grid of probabilities. Given each row's
 * group (source file), the mean F1 across groups is maximised instead.
 */
export function bestThreshold(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  groups?: readonly string[],
): number {
  const names = groups ? [...new Set(groups)] : [""];
  const members = names.map((name) => {
    const idx: number[] = [];
    for (let i = 0; i < labels.length; i++) if (!groups || groups[i] === name) idx.push(i);
    return { p: idx.map((i) => probabilities[i]!), y: idx.map((i) => labels[i]!) };
  });
  let best = 0.5;
  let bestF1 = -1;
  for (let step = 5; step <= 95; step++) {
    const t = step / 100;
    let f1 = 0;
    for (const m of members) f1 += prf(countAt(m.p, m.y, t)).f1 / members.length;
    if (f1 > bestF1 + 1e-12) {
      bestF1 = f1;
      best = t;
    }
  }
  return best;
}

/**
 * The lowest threshold (not below `floor`) whose precision reaches `target` in every group
 * (source file); 1 when none does.
 */
export function precisionThreshold(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  groups: readonly string[],
  target: number,
  floor: number,
): number {
  const names = [...new Set(groups)];
  for (let step = Math.round(floor * 100); step <= 99; step++) {
    const t = step / 100;
    const fine = names.every((name) => {
      const c = { tp: 0, fp: 0 };
      for (let i = 0; i < labels.length; i++) {
        if (groups[i] !== name || probabilities[i]! < t) continue;
        if (labels[i]) c.tp++;
        else c.fp++;
      }
      return c.tp + c.fp < 5 || c.tp / (c.tp + c.fp) >= target;
    });
    if (fine) return t;
  }
  return 1;
}
