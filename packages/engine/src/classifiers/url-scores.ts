import { maliciousLinkModel } from "../models/malicious-link.ts";
import type { Span } from "../types.ts";
import { calibrate, decodeWeights } from "./model.ts";
import { HOST_GRAM, PATH_GRAM, urlFeatures } from "./url-features.ts";
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

export function scoreUrl(url: string): { probability: number; evidence: string[] } {
  weights ??= decodeWeights(maliciousLinkModel);
  const features = urlFeatures(url, maliciousLinkModel.bits);
  const unit = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  let logit = maliciousLinkModel.bias;
  const byLabel = new Map<string, number>();
  // Character grams are explained by the path or host they spell, not one by one.
  let pathGrams = 0;
  let hostGrams = 0;
  for (const f of features) {
    const w = weights[f.bucket]! * f.value;
    logit += w * unit;
    if (f.label === PATH_GRAM) pathGrams += w;
    else if (f.label === HOST_GRAM) hostGrams += w;
    // The constant feature is the model's prior, not something about this link.
    else if (f.label !== "bias") byLabel.set(f.label, (byLabel.get(f.label) ?? 0) + w);
  }
  if (pathGrams > 0) byLabel.set(`path ${pathOf(url)}`, pathGrams);
  if (hostGrams > 0) byLabel.set(`host name ${hostOf(url)}`, hostGrams);
  const evidence = [...byLabel.entries()]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([label]) => label);
  return { probability: calibrate(maliciousLinkModel, logit), evidence };
}

export function scoreUrls(text: string): UrlScore[] {
  return findUrls(text).map((span) => {
    const url = text.slice(span.start, span.end);
    return { span, url, ...scoreUrl(url) };
  });
}
