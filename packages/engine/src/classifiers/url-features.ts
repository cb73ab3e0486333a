import { HOST_GRAM, HOST_GRAM_VALUE, hostGrams, PATH_GRAM, pathGrams } from "./url-grams.ts";
import { hostFeatures } from "./url-host-features.ts";
import { addLabel, createUrlFeatureBuffer, label, labelAt, type UrlFeatureBuffer } from "./url-labels.ts";
import { pathFeatures } from "./url-path-features.ts";

/**
 * Features of one URL from its text alone (no network) that describe how phishing links are
 * built rather than which site a link belongs to: credential words and brand names outside the
 * registrable domain, many subdomains, long or random-looking domains, IP hosts, cheap endings,
 * free hosting, scripts deep in a path, redirects and encoded characters. The host's own name
 * is deliberately not a feature: a model that learns hosts calls every site it has not seen
 * suspicious. The scheme is left out too: in the training lists it differs by year, not by
 * intent. Each feature has a readable label so a score can say what drove it.
 */
export interface UrlFeature {
  bucket: number;
  label: string;
  /** How much the feature counts: 1, or less for the host's character grams. */
  value: number;
}

export interface UrlParts {
  /** The whole URL in lower case. */
  lower: string;
  host: string;
  userInfo: boolean;
  port: boolean;
  path: string;
  query: string;
}

/** Splits the lower-cased URL by index, slicing out only the parts it returns. */
function splitUrl(url: string): UrlParts {
  const lower = url.toLowerCase();
  const n = lower.length;
  const scheme = lower.indexOf("://");
  const begin = scheme >= 0 && scheme < 10 ? scheme + 3 : 0;
  let cut = n;
  for (let i = begin; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) {
      cut = i;
      break;
    }
  }
  // The host is what lies between the last "@" and the first ":" of lower[begin, cut), less a final dot.
  let at = cut > begin ? lower.lastIndexOf("@", cut - 1) : -1;
  if (at < begin) at = -1;
  const hostFrom = at >= 0 ? at + 1 : begin;
  let colon = lower.indexOf(":", hostFrom);
  if (colon >= cut) colon = -1;
  let hostTo = colon >= 0 ? colon : cut;
  if (hostTo > hostFrom && lower.charCodeAt(hostTo - 1) === 46) hostTo--;
  let end = lower.indexOf("#", cut);
  if (end < 0) end = n;
  let q = lower.indexOf("?", cut);
  if (q >= end) q = -1;
  return {
    lower,
    host: lower.slice(hostFrom, hostTo),
    userInfo: at >= 0,
    port: colon >= 0,
    path: lower.slice(cut, q >= 0 ? q : end),
    query: q >= 0 ? lower.slice(q + 1, end) : "",
  };
}

const BIAS = label("bias");
const USER_INFO = label("contains @ before the host");
const EXPLICIT_PORT = label("explicit port");

/** Writes the features of a link's host; a scorer may pass one that remembers recent hosts. */
export type HostFeatureWriter = (host: string, out: UrlFeatureBuffer) => void;

function labelledFeatures(parts: UrlParts, out: UrlFeatureBuffer, writeHost: HostFeatureWriter): void {
  addLabel(out, BIAS);
  if (parts.userInfo) addLabel(out, USER_INFO);
  if (parts.port) addLabel(out, EXPLICIT_PORT);
  writeHost(parts.host, out);
  pathFeatures(parts.path, parts.query, parts.lower, out);
}

export function urlFeatureLabels(url: string): string[] {
  const buffer = urlFeatureBuckets(url, 0, createUrlFeatureBuffer(128));
  return Array.from({ length: buffer.pathGramsFrom }, (_, i) => labelAt(buffer, i));
}

export { createUrlFeatureBuffer, labelAt, type UrlFeatureBuffer };

export { HOST_GRAM, HOST_GRAM_VALUE, PATH_GRAM } from "./url-grams.ts";

/**
 * A URL's features as numbers, in the order `urlFeatures` lists them: the labelled features
 * first, then the path and host character grams. The buffer's arrays are reused from one URL
 * to the next, and labels are left as their parts until `labelAt` reads one.
 */
export function urlFeatureBuckets(url: string, bits: number, buffer: UrlFeatureBuffer): UrlFeatureBuffer {
  const parts = labelledUrlFeatures(url, bits, buffer);
  pathGrams(parts.path, buffer);
  buffer.hostGramsFrom = buffer.count;
  if (HOST_GRAM_VALUE > 0) hostGrams(parts.host, buffer);
  return buffer;
}

/**
 * The labelled features alone, the start of what urlFeatureBuckets writes: a scorer that
 * weighs the character grams as it hashes them needs only these stored. Returns the URL's
 * parts, whose path and host the grams are cut from.
 */
export function labelledUrlFeatures(
  url: string,
  bits: number,
  buffer: UrlFeatureBuffer,
  writeHost: HostFeatureWriter = hostFeatures,
): UrlParts {
  const parts = splitUrl(url);
  buffer.url = url;
  buffer.mask = (1 << bits) - 1;
  buffer.count = 0;
  labelledFeatures(parts, buffer, writeHost);
  buffer.pathGramsFrom = buffer.count;
  buffer.hostGramsFrom = buffer.count;
  return parts;
}

/** The same features as objects with their labels (training and explanations). */
export function urlFeatures(url: string, bits: number): UrlFeature[] {
  const buffer = urlFeatureBuckets(url, bits, createUrlFeatureBuffer());
  const out: UrlFeature[] = [];
  for (let i = 0; i < buffer.count; i++) {
    const label =
      i < buffer.pathGramsFrom ? labelAt(buffer, i) : i < buffer.hostGramsFrom ? PATH_GRAM : HOST_GRAM;
    out.push({ bucket: buffer.buckets[i]!, label, value: buffer.values[i]! });
  }
  return out;
}
