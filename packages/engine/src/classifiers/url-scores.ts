import { maliciousLinkModel } from "../models/malicious-link.ts";
import type { Span } from "../types.ts";
import { calibrate, decodeWeights } from "./model.ts";
import { createUrlFeatureBuffer, urlFeatureBuckets } from "./url-features.ts";
import { findUrls } from "./url-scan.ts";

/** Scores each link in a text as phishing or malware from the URL's own text. */
export interface UrlScore {
  span: Span;
  url: string;
  probability: number;
  /** Readable features that pushed the score up most, strongest first. */
  evidence: string[];
}

let weights: Float32Array | undefined;
const buffer = createUrlFeatureBuffer();

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

/** Featurises the URL into the shared buffer and returns each feature's weight times its value. */
function featuresOf(url: string): Float32Array {
  weights ??= decodeWeights(maliciousLinkModel);
  urlFeatureBuckets(url, maliciousLinkModel.bits, buffer);
  return weights;
}

/** The calibrated probability alone: numbers only, no labels. */
export function urlProbability(url: string): number {
  const table = featuresOf(url);
  const { buckets, values, count } = buffer;
  const unit = count > 0 ? 1 / Math.sqrt(count) : 0;
  let logit = maliciousLinkModel.bias;
  for (let i = 0; i < count; i++) logit += table[buckets[i]!]! * values[i]! * unit;
  return calibrate(maliciousLinkModel, logit);
}

/** Readable features that pushed the score up most, strongest first; worked out only for links worth a finding. */
export function urlEvidence(url: string): string[] {
  const table = featuresOf(url);
  const { buckets, values, labels, pathGramsFrom, hostGramsFrom, count } = buffer;
  const byLabel = new Map<string, number>();
  // The constant feature is the model's prior, not something about this link.
  for (let i = 0; i < pathGramsFrom; i++) {
    const label = labels[i]!;
    if (label !== "bias") byLabel.set(label, (byLabel.get(label) ?? 0) + table[buckets[i]!]! * values[i]!);
  }
  // Character grams are explained by the path or host they spell, not one by one.
  let pathGrams = 0;
  for (let i = pathGramsFrom; i < hostGramsFrom; i++) pathGrams += table[buckets[i]!]! * values[i]!;
  let hostGrams = 0;
  for (let i = hostGramsFrom; i < count; i++) hostGrams += table[buckets[i]!]! * values[i]!;
  if (pathGrams > 0) byLabel.set(`path ${pathOf(url)}`, pathGrams);
  if (hostGrams > 0) byLabel.set(`host name ${hostOf(url)}`, hostGrams);
  return [...byLabel.entries()]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([label]) => label);
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
