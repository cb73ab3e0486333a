import { finish, hashString, SEED_URL } from "./hash.ts";

/**
 * Features of one URL from its text alone (no network): the host and its labels, the ending,
 * the words of the path and query, coarse shape counts, and character 3- to 5-grams of the
 * host and the start of the path. The scheme is left out on purpose: training URLs from
 * different years differ in it for reasons that have nothing to do with phishing.
 * Each feature has a readable label so a score can say what drove it.
 */
export interface UrlFeature {
  bucket: number;
  label: string;
}

const PATH_GRAM_CHARS = 60;
const MAX_PATH_WORDS = 30;

function bin(value: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && value > edges[b]!) b++;
  return b;
}

function splitUrl(url: string): { host: string; rest: string } {
  let s = url.toLowerCase();
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
  const at = host.lastIndexOf("@");
  const rest = s.slice(cut);
  if (at >= 0) host = host.slice(at + 1);
  const colon = host.indexOf(":");
  if (colon >= 0) host = host.slice(0, colon);
  if (host.startsWith("www.")) host = host.slice(4);
  return { host, rest };
}

function isIpv4(host: string): boolean {
  const parts = host.split(".");
  return parts.length === 4 && parts.every((p) => p.length > 0 && p.length <= 3 && /^[0-9]{1,3}$/.test(p));
}

function grams(prefix: string, s: string, add: (label: string) => void): void {
  const padded = `^${s}$`;
  for (let from = 0; from + 3 <= padded.length; from++) {
    for (let n = 3; n <= 5 && from + n <= padded.length; n++) add(`${prefix}${padded.slice(from, from + n)}`);
  }
}

function countOf(s: string, code: number): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) k++;
  return k;
}

export function urlFeatureLabels(url: string): string[] {
  const labels: string[] = [];
  const add = (label: string) => labels.push(label);
  const { host, rest } = splitUrl(url);
  const hostLabels = host.split(".").filter(Boolean);
  const tld = hostLabels.length > 1 ? hostLabels[hostLabels.length - 1]! : "";
  add(`host ${host}`);
  if (hostLabels.length >= 2) add(`domain ${hostLabels.slice(-2).join(".")}`);
  add(`ending .${tld}`);
  if (isIpv4(host)) add("host is an IP address");
  for (const label of hostLabels.slice(0, -1)) add(`host word ${label}`);
  for (const part of host.split(/[.-]/)) if (part.length > 0 && part.length <= 40) add(`host part ${part}`);
  add(`host labels ${bin(hostLabels.length, [1, 2, 3, 4, 6])}`);
  add(`host length ${bin(host.length, [8, 12, 16, 20, 28, 40])}`);
  add(`host hyphens ${bin(countOf(host, 45), [0, 1, 2, 4])}`);
  add(`host digits ${bin(host.replace(/[^0-9]/g, "").length, [0, 2, 5])}`);
  grams("host~", host, add);
  const path = rest.split(/[?#]/)[0] ?? "";
  add(`path length ${bin(rest.length, [0, 1, 10, 20, 40, 80, 160])}`);
  add(`path depth ${bin(countOf(path, 47), [0, 1, 2, 3, 5, 8])}`);
  if (rest.includes("?")) add(`query fields ${bin(countOf(rest, 38) + 1, [1, 2, 4])}`);
  if (url.includes("@")) add("contains @");
  if (rest.includes("//")) add("path contains //");
  const lastDot = path.lastIndexOf(".");
  if (lastDot > path.lastIndexOf("/")) add(`file type ${path.slice(lastDot + 1, lastDot + 6)}`);
  let words = 0;
  for (const word of rest.split(/[^a-z0-9]+/)) {
    if (word.length === 0 || words++ >= MAX_PATH_WORDS) continue;
    add(/^[0-9]+$/.test(word) ? `path number ${bin(word.length, [2, 4, 8])}` : `path word ${word.slice(0, 30)}`);
  }
  grams("path~", rest.slice(0, PATH_GRAM_CHARS), add);
  return labels;
}

/** Character grams are explained by the part of the URL they spell, not one by one. */
export function readableLabel(label: string, url: string): string {
  if (label.startsWith("host~")) return `host ${splitUrl(url).host}`;
  if (label.startsWith("path~")) return `path ${splitUrl(url).rest.slice(0, 40)}`;
  return label;
}

export function urlFeatures(url: string, bits: number): UrlFeature[] {
  const mask = (1 << bits) - 1;
  return urlFeatureLabels(url).map((label) => ({ bucket: finish(hashString(SEED_URL, label)) & mask, label }));
}
