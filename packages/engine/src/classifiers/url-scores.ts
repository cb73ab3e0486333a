import { maliciousLinkModel } from "../models/malicious-link.ts";
import type { Span } from "../types.ts";
import { calibrate, int8Weights } from "./model.ts";
import { createUrlFeatureBuffer, labelledUrlFeatures, type UrlFeatureBuffer } from "./url-features.ts";
import {
  HOST_GRAM_VALUE,
  pathGramCount,
  weighPathGrams,
  type GramSums,
  type GramWeights,
} from "./url-grams.ts";
import { HostScoreCache } from "./url-host-cache.ts";
import { Reasons } from "./url-reasons.ts";
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
let weights: GramWeights | undefined;
const weightOf = Float32Array.from({ length: 256 }, (_, b) => (b - 128) * maliciousLinkModel.scale);

/** The weight of a bucket: its int8 value times the model's scale, read from a 256-entry table. */
function weightAt(table: Int8Array, bucket: number): number {
  return weightOf[table[bucket]! + 128]!;
}

function modelWeights(): GramWeights {
  weights ??= {
    table: int8Weights(maliciousLinkModel),
    weightOf,
    mask: (1 << maliciousLinkModel.bits) - 1,
  };
  return weights;
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

/** Links to the same host come in runs: its features and gram weights are worked out once per run. */
const hosts = new HostScoreCache(modelWeights, 256);
const writeHost = (host: string, out: UrlFeatureBuffer) => hosts.write(host, out);

/**
 * The last URL scored: its labelled features in `buffer`, and in `sums` its logit and the
 * weights of its path grams (`hostGrams` those of its host's). A finding's evidence is asked
 * for right after its probability, so it reads these rather than featurising the URL again.
 */
const buffer = createUrlFeatureBuffer();
const sums: GramSums = { logit: 0, path: 0 };
let hostGrams = 0;
let scoredUrl: string | undefined;
let scoredProbability = 0;

/**
 * The logit is summed feature by feature in the order urlFeatureBuckets lists them, each
 * weight * value / sqrt(count), so it is the same number to the last bit. The path's grams are
 * weighed as they are hashed instead of being stored first; the host's features and gram
 * weights come from the host cache.
 */
function score(url: string): number {
  if (url === scoredUrl) return scoredProbability;
  const w = modelWeights();
  const parts = labelledUrlFeatures(url, maliciousLinkModel.bits, buffer, writeHost);
  const hostWeights = hosts.last!.gramWeights;
  const labelled = buffer.count;
  const count = labelled + pathGramCount(parts.path) + hostWeights.length;
  const unit = count > 0 ? 1 / Math.sqrt(count) : 0;
  const { buckets } = buffer;
  let logit = maliciousLinkModel.bias;
  // Every labelled feature has value 1, and w * 1 is w exactly.
  for (let i = 0; i < labelled; i++) logit += weightAt(w.table, buckets[i]!) * unit;
  sums.logit = logit;
  weighPathGrams(parts.path, w, unit, sums);
  logit = sums.logit;
  let total = 0;
  for (let k = 0; k < hostWeights.length; k++) {
    const weight = hostWeights[k]! * HOST_GRAM_VALUE;
    logit += weight * unit;
    total += weight;
  }
  hostGrams = total;
  scoredUrl = url;
  scoredProbability = calibrate(maliciousLinkModel, logit);
  return scoredProbability;
}

/** The calibrated probability alone: numbers only, no labels. */
export function urlProbability(url: string): number {
  return score(url);
}

/** Readable features that pushed the score up most, strongest first; worked out only for links worth a finding. */
export function urlEvidence(url: string): string[] {
  score(url);
  const { table } = modelWeights();
  const { buckets, values, pathGramsFrom } = buffer;
  reasons.clear(buffer);
  // Every feature of one label has the same bucket and weight, so a label whose features weigh
  // nothing or less cannot be among the reasons. The constant feature (the first) is the
  // model's prior, not something about this link.
  for (let i = 1; i < pathGramsFrom; i++) {
    const weight = weightAt(table, buckets[i]!) * values[i]!;
    if (weight > 0) reasons.addFeature(i, weight);
  }
  // Character grams are explained by the path or host they spell, not one by one.
  if (sums.path > 0) reasons.addLabel(`path ${pathOf(url)}`, sums.path);
  if (hostGrams > 0) reasons.addLabel(`host name ${hostOf(url)}`, hostGrams);
  return reasons.strongest(3);
}

const reasons = new Reasons();

export function scoreUrl(url: string): { probability: number; evidence: string[] } {
  return { probability: urlProbability(url), evidence: urlEvidence(url) };
}

export function scoreUrls(text: string): UrlScore[] {
  return findUrls(text).map((span) => {
    const url = text.slice(span.start, span.end);
    return { span, url, ...scoreUrl(url) };
  });
}
