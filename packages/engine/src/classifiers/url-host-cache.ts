import { hostGramWeights, type GramWeights } from "./url-grams.ts";
import { hostFeatures } from "./url-host-features.ts";
import { ensureUrl, type Label, type UrlFeatureBuffer } from "./url-labels.ts";

/**
 * What a link's host alone gives its score: its labelled features, as the buffer held them,
 * and the weights of its character grams.
 */
export interface HostScoreParts {
  /** Per labelled feature: bucket, value, word start, word end. */
  numbers: Float64Array;
  labels: Label[];
  words: string[];
  /** Each host gram's weight, in the order hostGrams lists them, before HOST_GRAM_VALUE. */
  gramWeights: Float32Array;
}

const FIELDS = 4;

/**
 * The host parts of the hosts scored lately. Links to one host come in runs (a campaign's
 * pages, a site's articles), and a host's features (its registrable domain, ending, words and
 * grams) are much of the work of scoring a link; its path is still scored every time. One
 * cache serves one model: the buckets it keeps are that model's.
 */
export class HostScoreCache {
  private readonly hosts = new Map<string, HostScoreParts>();
  /** The parts of the host last written, for the scorer to read its gram weights. */
  last: HostScoreParts | undefined;

  constructor(
    private readonly weights: () => GramWeights,
    private readonly maxHosts: number,
  ) {}

  /** Writes the host's labelled features into `out` as hostFeatures would, and sets `last`. */
  write(host: string, out: UrlFeatureBuffer): void {
    let parts = this.hosts.get(host);
    if (parts) {
      appendParts(out, parts);
    } else {
      const from = out.count;
      hostFeatures(host, out);
      parts = partsOf(out, from, hostGramWeights(host, this.weights()));
      if (this.hosts.size >= this.maxHosts) this.hosts.clear();
      this.hosts.set(host, parts);
    }
    this.last = parts;
  }
}

/** Labelled features from..to of the buffer, kept in one array of numbers and two of references. */
function partsOf(buffer: UrlFeatureBuffer, from: number, gramWeights: Float32Array): HostScoreParts {
  const to = buffer.count;
  const numbers = new Float64Array((to - from) * FIELDS);
  for (let i = from, k = 0; i < to; i++, k += FIELDS) {
    numbers[k] = buffer.buckets[i]!;
    numbers[k + 1] = buffer.values[i]!;
    numbers[k + 2] = buffer.wordFrom[i]!;
    numbers[k + 3] = buffer.wordTo[i]!;
  }
  return {
    numbers,
    labels: buffer.labelOf.slice(from, to),
    words: buffer.wordIn.slice(from, to),
    gramWeights,
  };
}

/** Appends the kept features to `out`, as if they were added one by one. */
function appendParts(out: UrlFeatureBuffer, parts: HostScoreParts): void {
  const { numbers, labels, words } = parts;
  ensureUrl(out, labels.length);
  let n = out.count;
  for (let i = 0, k = 0; i < labels.length; i++, k += FIELDS, n++) {
    out.buckets[n] = numbers[k]!;
    out.values[n] = numbers[k + 1]!;
    out.labelOf[n] = labels[i]!;
    out.wordIn[n] = words[i]!;
    out.wordFrom[n] = numbers[k + 2]!;
    out.wordTo[n] = numbers[k + 3]!;
  }
  out.count = n;
}
