import { hostGramWeights, type GramWeights } from "./url-grams.ts";
import { hostFeatures } from "./url-host-features.ts";
import { appendFeatures, copyFeatures, type UrlFeatureBuffer } from "./url-labels.ts";

/** What a link's host alone gives its score: the host's labelled features and its grams' weights. */
export interface HostScoreParts {
  features: UrlFeatureBuffer;
  /** Each host gram's weight, in the order hostGrams lists them, before HOST_GRAM_VALUE. */
  gramWeights: Float32Array;
}

/**
 * The host parts of the hosts scored lately. Links to one host come in runs (a campaign's
 * pages, a site's articles), and a host's features (its registrable domain, ending, words and
 * grams) are most of the work of scoring a short link; its path still is scored every time.
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
      appendFeatures(out, parts.features);
    } else {
      const from = out.count;
      hostFeatures(host, out);
      parts = {
        features: copyFeatures(out, from, out.count),
        gramWeights: hostGramWeights(host, this.weights()),
      };
      if (this.hosts.size >= this.maxHosts) this.hosts.clear();
      this.hosts.set(host, parts);
    }
    this.last = parts;
  }
}
