import { finish, hashString, SEED_URL } from "./hash.ts";
import { labelAt, type UrlFeatureBuffer } from "./url-labels.ts";

/**
 * A link's reasons: weights summed per readable label, in the order labels first appear. A
 * label's string is built only when it is needed (to be shown, to break a tie, or to tell two
 * labels in one bucket apart): a label always falls in the bucket of its hash, so labels in
 * different buckets are different labels. Reused from one link to the next.
 */
export class Reasons {
  private buffer: UrlFeatureBuffer | undefined;
  private readonly buckets: number[] = [];
  /** The labelled feature a reason's label is read from, or -1 when the label was given. */
  private readonly features: number[] = [];
  private readonly labels: (string | undefined)[] = [];
  private readonly weights: number[] = [];

  /** Empties the list for the link whose features `buffer` holds. */
  clear(buffer: UrlFeatureBuffer): void {
    this.buffer = buffer;
    this.buckets.length = 0;
    this.features.length = 0;
    this.labels.length = 0;
    this.weights.length = 0;
  }

  /** Adds the weight of labelled feature i of the buffer under its label. */
  addFeature(i: number, weight: number): void {
    this.add(this.buffer!.buckets[i]!, i, undefined, weight);
  }

  /** Adds a weight under a label written out. */
  addLabel(label: string, weight: number): void {
    this.add(finish(hashString(SEED_URL, label)) & this.buffer!.mask, -1, label, weight);
  }

  private add(bucket: number, feature: number, label: string | undefined, weight: number): void {
    const { buckets } = this;
    for (let k = 0; k < buckets.length; k++) {
      if (buckets[k] !== bucket) continue;
      label ??= labelAt(this.buffer!, feature);
      if (this.labelOf(k) === label) {
        this.weights[k]! += weight;
        return;
      }
    }
    buckets.push(bucket);
    this.features.push(feature);
    this.labels.push(label);
    this.weights.push(weight);
  }

  private labelOf(k: number): string {
    let label = this.labels[k];
    if (label === undefined) {
      label = labelAt(this.buffer!, this.features[k]!);
      this.labels[k] = label;
    }
    return label;
  }

  /** Whether reason a ranks before reason b: a larger sum, or the same sum and an earlier label. */
  private before(a: number, b: number): boolean {
    const { weights } = this;
    return weights[a]! > weights[b]! || (weights[a] === weights[b] && this.labelOf(a) < this.labelOf(b));
  }

  /** The labels of the `limit` largest sums, largest first, ties in label order. */
  strongest(limit: number): string[] {
    const top: number[] = [];
    for (let k = 0; k < this.weights.length; k++) {
      let at = top.length;
      while (at > 0 && this.before(k, top[at - 1]!)) at--;
      if (at < limit) top.splice(at, 0, k);
      if (top.length > limit) top.pop();
    }
    const out: string[] = [];
    for (const k of top) out.push(this.labelOf(k));
    return out;
  }
}
