import { maliciousLinkModel } from "../models/malicious-link.ts";
import type { Span } from "../types.ts";
import { calibrate, int8Weights } from "./model.ts";
import { createUrlFeatureBuffer, labelAt, urlFeatureBuckets } from "./url-features.ts";
import { findUrls } from "./url-scan.ts";

/** Scores each link in a text as phishing or malware from the URL's own text. */
export interface UrlScore {
  span: Span;
  url: string;
  probability: number;
  /** Readable features that pushed the score up most, strongest first. */
  evidence: string[];
}

/**
 * The committed int8 weights as they are (128 KB, which stays in cache beside everything else
 * a screen touches), each read through the 256 values int8 * scale can take, rounded to
 * float32 as a decoded float table holds them: the same numbers at a quarter of the size.
 */
let weights: Int8Array | undefined;
const weightOf = Float32Array.from({ length: 256 }, (_, b) => (b - 128) * maliciousLinkModel.scale);
const buffer = createUrlFeatureBuffer();

/** The weight of a bucket: its int8 value times the model's scale, read from a 256-entry table. */
function weightAt(table: Int8Array, bucket: number): number {
  return weightOf[table[bucket]! + 128]!;
}

function pathOf(url: string): string {
  const scheme = url.indexOf("://");
  const rest = scheme >= 0 ? url.slice(scheme + 3) : url;
  const slash = rest.indexOf("/");
  return slash < 0 ? "/" : rest.slice(slash, slash + 40);
}

function hostOf(url: string): string {
  const scheme = url.indexOf("://");
  const rest = scheme >= 0 ? url.slice(scheme + 3) : url;
  const end = rest.search(/[/?#]/);
  return (end < 0 ? rest : rest.slice(0, end)).slice(0, 60);
}

/**
 * Featurises the URL into the shared buffer and returns the weights. A finding's evidence is
 * asked for right after its probability, so the features of the same URL are used again.
 */
function featuresOf(url: string): Int8Array {
  weights ??= int8Weights(maliciousLinkModel);
  if (buffer.url !== url || buffer.count === 0) urlFeatureBuckets(url, maliciousLinkModel.bits, buffer);
  return weights;
}

/** The calibrated probability alone: numbers only, no labels. */
export function urlProbability(url: string): number {
  const table = featuresOf(url);
  const { buckets, values, count, hostGramsFrom } = buffer;
  const unit = count > 0 ? 1 / Math.sqrt(count) : 0;
  let logit = maliciousLinkModel.bias;
  // Every feature before the host grams has value 1, and w * 1 is w exactly.
  for (let i = 0; i < hostGramsFrom; i++) logit += weightAt(table, buckets[i]!) * unit;
  for (let i = hostGramsFrom; i < count; i++) logit += weightAt(table, buckets[i]!) * values[i]! * unit;
  return calibrate(maliciousLinkModel, logit);
}

/** Readable features that pushed the score up most, strongest first; worked out only for links worth a finding. */
export function urlEvidence(url: string): string[] {
  const table = featuresOf(url);
  const { buckets, values, pathGramsFrom, hostGramsFrom, count } = buffer;
  const reasons = new Reasons();
  // Every feature of one label has the same bucket and weight, so a label whose features weigh
  // nothing or less cannot be among the reasons and its string is not built. The constant
  // feature (the first) is the model's prior, not something about this link.
  for (let i = 1; i < pathGramsFrom; i++) {
    const weight = weightAt(table, buckets[i]!) * values[i]!;
    if (weight > 0) reasons.add(labelAt(buffer, i), weight);
  }
  // Character grams are explained by the path or host they spell, not one by one.
  let pathGrams = 0;
  for (let i = pathGramsFrom; i < hostGramsFrom; i++) pathGrams += weightAt(table, buckets[i]!) * values[i]!;
  let hostGrams = 0;
  for (let i = hostGramsFrom; i < count; i++) hostGrams += weightAt(table, buckets[i]!) * values[i]!;
  if (pathGrams > 0) reasons.add(`path ${pathOf(url)}`, pathGrams);
  if (hostGrams > 0) reasons.add(`host name ${hostOf(url)}`, hostGrams);
  return reasons.strongest(3);
}

/** Weights summed per label, in the order labels first appear; a link has a handful. */
class Reasons {
  private labels: string[] = [];
  private weights: number[] = [];

  add(label: string, weight: number): void {
    const at = this.labels.indexOf(label);
    if (at >= 0) this.weights[at]! += weight;
    else {
      this.labels.push(label);
      this.weights.push(weight);
    }
  }

  /** The labels of the `limit` largest sums, largest first, ties in label order. */
  strongest(limit: number): string[] {
    const { labels, weights } = this;
    const before = (a: number, b: number) =>
      weights[a]! > weights[b]! || (weights[a] === weights[b] && labels[a]! < labels[b]!);
    const top: number[] = [];
    for (let k = 0; k < labels.length; k++) {
      let at = top.length;
      while (at > 0 && before(k, top[at - 1]!)) at--;
      if (at < limit) top.splice(at, 0, k);
      if (top.length > limit) top.pop();
    }
    return top.map((k) => labels[k]!);
  }
}

export function scoreUrl(url: string): { probability: number; evidence: string[] } {
  return { probability: urlProbability(url), evidence: urlEvidence(url) };
}

export function scoreUrls(text: string): UrlScore[] {
  return findUrls(text).map((span) => {
    const url = text.slice(span.start, span.end);
    return { span, url, ...scoreUrl(url) };
  });
}
