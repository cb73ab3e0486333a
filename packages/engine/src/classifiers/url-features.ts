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

function splitUrl(url: string): UrlParts {
  const lower = url.toLowerCase();
  let s = lower;
  const scheme = s.indexOf("://");
  if (scheme >= 0 && scheme < 10) s = s.slice(scheme + 3);
  let cut = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) {
      cut = i;
      break;
    }
  }
  let host = s.slice(0, cut);
  const rest = s.slice(cut);
  const at = host.lastIndexOf("@");
  if (at >= 0) host = host.slice(at + 1);
  const colon = host.indexOf(":");
  if (colon >= 0) host = host.slice(0, colon);
  if (host.endsWith(".")) host = host.slice(0, -1);
  const hash = rest.indexOf("#");
  const beforeHash = hash >= 0 ? rest.slice(0, hash) : rest;
  const q = beforeHash.indexOf("?");
  return {
    lower,
    host,
    userInfo: at >= 0,
    port: colon >= 0,
    path: q >= 0 ? beforeHash.slice(0, q) : beforeHash,
    query: q >= 0 ? beforeHash.slice(q + 1) : "",
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
