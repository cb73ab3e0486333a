import { parse } from "tldts";
import { hashStep } from "./hash.ts";
import { ListedWords } from "./listed-words.ts";
import { HOST_GRAM, HOST_GRAM_VALUE, hostGrams, PATH_GRAM, pathGrams } from "./url-grams.ts";
import {
  addLabel,
  addHashedWord,
  addLabelWord,
  binned,
  createUrlFeatureBuffer,
  label,
  labelAt,
  type UrlFeatureBuffer,
} from "./url-labels.ts";
import {
  BRAND_WORDS,
  CHEAP_ENDINGS,
  CREDENTIAL_WORDS,
  FREE_HOSTS,
  REDIRECT_KEYS,
  SCRIPT_TYPES,
  SHORTENERS,
} from "./url-words.ts";

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

const MAX_PATH_WORDS = 30;
const MAX_WORD = 24;

interface UrlParts {
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

/** How many times `c` occurs in s (indexOf skips ahead far faster than reading every code). */
function countOf(s: string, c: string): number {
  let k = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) k++;
  return k;
}

function digitsIn(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) k++;
  }
  return k;
}

/** Longest run of consonants: random-looking names ("xkqzvtr") have long ones. */
function consonantRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    run = letter && !vowel ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/** Words inside a name or path: runs of letters and digits. */
function wordsOf(s: string, limit: number): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length && out.length < limit; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    const word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Four ASCII character codes as one small integer, or -1 when one is not ASCII. */
function quadAt(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  const d = s.charCodeAt(i + 3);
  if ((a | b | c | d) >= 128) return -1;
  return (a << 21) | (b << 14) | (c << 7) | d;
}

interface InsideIndex {
  words: string[];
  /** Positions in `words` of the words of four or more letters, by their first four letters. */
  byQuad: Map<number, number[]>;
}

const insideIndexes = new Map<ReadonlySet<string>, InsideIndex>();

function insideIndex(list: ReadonlySet<string>): InsideIndex {
  let index = insideIndexes.get(list);
  if (index) return index;
  const words = [...list];
  const byQuad = new Map<number, number[]>();
  words.forEach((w, k) => {
    const quad = w.length >= 4 ? quadAt(w, 0) : -1;
    if (quad >= 0) byQuad.set(quad, [...(byQuad.get(quad) ?? []), k]);
  });
  index = { words, byQuad };
  insideIndexes.set(list, index);
  return index;
}

/**
 * Brand and credential words spelled inside a longer word ("paypalsecure", "verifyaccount").
 * Of several, the one listed first, as a scan of the list would find; the index visits only
 * the list words that begin with the four letters at each position of the word.
 */
function listedInside(word: string, list: ReadonlySet<string>): string | undefined {
  if (list.has(word)) return word;
  if (word.length < 6) return undefined;
  const { words, byQuad } = insideIndex(list);
  let first = words.length;
  for (let i = 0; i + 4 <= word.length; i++) {
    const candidates = byQuad.get(quadAt(word, i));
    if (!candidates) continue;
    for (const k of candidates) if (k < first && word.startsWith(words[k]!, i)) first = k;
  }
  return first < words.length ? words[first] : undefined;
}

const SUBDOMAINS = binned("subdomains", [0, 1, 2, 3]);
const HOST_LENGTH = binned("host length", [10, 15, 20, 30, 45]);
const DOMAIN_LENGTH = binned("domain length", [3, 6, 10, 15, 20, 30]);
const DOMAIN_HYPHENS = binned("domain hyphens", [0, 1, 2]);
const SUBDOMAIN_HYPHENS = binned("subdomain hyphens", [0, 1, 3]);
const HOST_DIGITS = binned("host digits", [0, 2, 5]);
const DOMAIN_CONSONANT_RUN = binned("domain consonant run", [2, 3, 4, 5]);
const PATH_DEPTH = binned("path depth", [0, 1, 2, 3, 5, 8]);
const PATH_LENGTH = binned("path length", [1, 10, 25, 50, 100]);
const SCRIPT_AT_DEPTH = binned("script at depth", [1, 2, 4]);
const PATH_NUMBER = binned("path number", [2, 4, 8]);
const PATH_WORDS = binned("path words", [0, 2, 4, 8]);
const CREDENTIAL_WORDS_IN_PATH = binned("credential words in path", [1, 2]);
const ENCODED_CHARACTERS = binned("encoded characters", [2, 6]);
const QUERY_FIELDS = binned("query fields", [1, 2, 4]);

const IP_ADDRESS = label("host is an IP address");
const ENDING = label("ending .");
const CHEAP_ENDING = label("cheap ending");
const SECOND_LEVEL_ENDING = label("country second-level ending");
const PUBLIC_SECTOR_ENDING = label("public-sector ending");
const FREE_HOSTING = label("free hosting or dynamic DNS");
const LINK_SHORTENER = label("link shortener");
const ENDING_INSIDE_SUBDOMAIN = label("ending inside subdomain");
const BRANDS_OWN_DOMAIN = label("brand's own domain");
const BRAND_INSIDE_ANOTHER_DOMAIN = label("brand inside another domain");
const CREDENTIAL_WORD_IN_DOMAIN = label("credential word in domain");
const BRAND_IN_SUBDOMAIN = label("brand in subdomain");
const SUBDOMAIN_WORD = label("subdomain word ");

function hostFeatures(host: string, out: UrlFeatureBuffer): void {
  const parsed = parse(host, { extractHostname: false });
  const ip =
    parsed.isIp === true || /^[0-9.]{1,20}$/.test(host) || host.startsWith("0x") || host.includes(":");
  if (ip) {
    addLabel(out, IP_ADDRESS);
    return;
  }
  const domain = parsed.domain ?? host;
  const suffix = parsed.publicSuffix ?? "";
  const name = parsed.domainWithoutSuffix ?? host;
  const sub = (parsed.subdomain ?? "").replace(/^www\d{0,2}(?:\.|$)/, "");
  const subLabels = sub.length > 0 ? countOf(sub, ".") + 1 : 0;
  const ending = suffix.slice(suffix.lastIndexOf(".") + 1);
  addLabelWord(out, ENDING, suffix, 0, suffix.length);
  if (CHEAP_ENDINGS.has(ending)) addLabel(out, CHEAP_ENDING);
  if (suffix.includes(".")) addLabel(out, SECOND_LEVEL_ENDING);
  if (
    suffix === "gov.uk" ||
    suffix === "gov" ||
    ending === "gov" ||
    suffix === "nhs.uk" ||
    suffix === "ac.uk" ||
    suffix === "edu" ||
    suffix === "police.uk"
  )
    addLabel(out, PUBLIC_SECTOR_ENDING);
  if (FREE_HOSTS.has(domain) || FREE_HOSTS.has(host)) addLabel(out, FREE_HOSTING);
  if (SHORTENERS.has(domain)) addLabel(out, LINK_SHORTENER);
  addLabel(out, SUBDOMAINS(subLabels));
  addLabel(out, HOST_LENGTH(host.length));
  addLabel(out, DOMAIN_LENGTH(name.length));
  addLabel(out, DOMAIN_HYPHENS(countOf(name, "-")));
  addLabel(out, SUBDOMAIN_HYPHENS(countOf(sub, "-")));
  addLabel(out, HOST_DIGITS(digitsIn(host)));
  addLabel(out, DOMAIN_CONSONANT_RUN(consonantRun(name)));
  if (countOf(sub, ".") > 0 && /(?:^|\.)(?:com|net|org|co)(?:\.|$)/.test(sub))
    addLabel(out, ENDING_INSIDE_SUBDOMAIN);
  // Brand words: on the brand's own domain they are reassuring, anywhere else they are bait.
  const nameWords = wordsOf(name, 8);
  let ownBrand = false;
  for (const w of nameWords) {
    const brand = listedInside(w, BRAND_WORDS);
    if (!brand) continue;
    if (w === name && brand === w) {
      ownBrand = true;
      addLabel(out, BRANDS_OWN_DOMAIN);
    } else addLabel(out, BRAND_INSIDE_ANOTHER_DOMAIN);
  }
  for (const w of nameWords) if (listedInside(w, CREDENTIAL_WORDS)) addLabel(out, CREDENTIAL_WORD_IN_DOMAIN);
  if (sub.length === 0) return;
  for (const w of wordsOf(sub, 8)) {
    const brand = listedInside(w, BRAND_WORDS);
    if (brand && !ownBrand) addLabel(out, BRAND_IN_SUBDOMAIN);
    const credential = listedInside(w, CREDENTIAL_WORDS);
    if (credential) addLabelWord(out, SUBDOMAIN_WORD, credential, 0, credential.length);
  }
}

const HOMEPAGE = label("homepage");
const ENDS_WITH_FOLDER = label("path ends with a folder");
const FILE_TYPE = label("file type ");
const LONG_HEX_TOKEN = label("long hex token in path");
const LONG_TOKEN = label("long token in path");
const PATH_WORD = label("path word ");
const CREDENTIAL = 1;
const BRAND = 2;
const PATH_WORD_LISTS = new ListedWords(PATH_WORD.hash, [
  [CREDENTIAL_WORDS, CREDENTIAL],
  [BRAND_WORDS, BRAND],
]);
const BRAND_IN_PATH = label("brand in path");
const DOUBLE_SLASH = label("path contains //");
const USER_FOLDER = label("path has a user folder");
const QUERY_KEY = label("query key ");
const REDIRECT = label("redirects to another address");
const EMAIL_IN_QUERY = label("email address in query");
const ADDRESS_INSIDE = label("another address inside the link");

function pathFeatures(path: string, query: string, lowerUrl: string, out: UrlFeatureBuffer): void {
  // Non-empty segments between slashes, and the last of them.
  let depth = 0;
  let lastFrom = 0;
  let lastTo = 0;
  for (let from = 0; from < path.length;) {
    let to = path.indexOf("/", from);
    if (to < 0) to = path.length;
    if (to > from) {
      depth++;
      lastFrom = from;
      lastTo = to;
    }
    from = to + 1;
  }
  addLabel(out, PATH_DEPTH(depth));
  addLabel(out, PATH_LENGTH(path.length));
  if (depth === 0 && query.length === 0) addLabel(out, HOMEPAGE);
  if (path.length > 1 && path.endsWith("/")) addLabel(out, ENDS_WITH_FOLDER);
  const dot = path.lastIndexOf(".", lastTo - 1);
  if (dot > lastFrom) {
    const typeTo = Math.min(lastTo, dot + 6);
    addLabelWord(out, FILE_TYPE, path, dot + 1, typeTo);
    if (SCRIPT_TYPES.has(path.slice(dot + 1, typeTo))) addLabel(out, SCRIPT_AT_DEPTH(depth));
  }
  let credentials = 0;
  let brands = 0;
  let words = 0;
  // Words are runs of letters and digits, read in place: each code once, noting on the way
  // whether the word is a number or hex and hashing its label.
  let start = -1;
  let digits = true;
  let hex = true;
  let h = 0;
  for (let i = 0; i <= path.length && words < MAX_PATH_WORDS; i++) {
    const c = i < path.length ? path.charCodeAt(i) : 0;
    if (isWordCode(c)) {
      if (start < 0) {
        start = i;
        digits = true;
        hex = true;
        h = PATH_WORD.hash;
      }
      if (c > 57) digits = false;
      if (c > 102) hex = false;
      h = hashStep(h, c);
      continue;
    }
    if (start < 0) continue;
    const from = start;
    start = -1;
    words++;
    if (digits) addLabel(out, PATH_NUMBER(i - from));
    else if (i - from >= 16 && hex) addLabel(out, LONG_HEX_TOKEN);
    else if (i - from > MAX_WORD) addLabel(out, LONG_TOKEN);
    else {
      const listed = PATH_WORD_LISTS.flagsOf(h, path, from, i);
      if (listed & CREDENTIAL) credentials++;
      if (listed & BRAND) brands++;
      addHashedWord(out, PATH_WORD, h, path, from, i);
    }
  }
  addLabel(out, PATH_WORDS(words));
  if (credentials > 0) addLabel(out, CREDENTIAL_WORDS_IN_PATH(credentials));
  if (brands > 0) addLabel(out, BRAND_IN_PATH);
  if (path.includes("//")) addLabel(out, DOUBLE_SLASH);
  if (path.includes("~")) addLabel(out, USER_FOLDER);
  const encoded = countOf(path, "%") + countOf(query, "%");
  if (encoded > 0) addLabel(out, ENCODED_CHARACTERS(encoded));
  if (query.length > 0) {
    const fields = query.split("&");
    addLabel(out, QUERY_FIELDS(fields.length));
    for (const field of fields.slice(0, 8)) {
      const eq = field.indexOf("=");
      const key = (eq >= 0 ? field.slice(0, eq) : field).slice(0, MAX_WORD);
      const value = eq >= 0 ? field.slice(eq + 1) : "";
      addLabelWord(out, QUERY_KEY, key, 0, key.length);
      if (REDIRECT_KEYS.has(key) && (value.startsWith("http") || value.startsWith("www")))
        addLabel(out, REDIRECT);
      if (value.includes("@") || value.includes("%40")) addLabel(out, EMAIL_IN_QUERY);
    }
  }
  if (lowerUrl.indexOf("http", 8) >= 0) addLabel(out, ADDRESS_INSIDE);
}

const BIAS = label("bias");
const USER_INFO = label("contains @ before the host");
const EXPLICIT_PORT = label("explicit port");

function labelledFeatures(parts: UrlParts, out: UrlFeatureBuffer): void {
  addLabel(out, BIAS);
  if (parts.userInfo) addLabel(out, USER_INFO);
  if (parts.port) addLabel(out, EXPLICIT_PORT);
  hostFeatures(parts.host, out);
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
  const mask = (1 << bits) - 1;
  const parts = splitUrl(url);
  buffer.url = url;
  buffer.mask = mask;
  buffer.count = 0;
  labelledFeatures(parts, buffer);
  buffer.pathGramsFrom = buffer.count;
  pathGrams(parts.path, buffer);
  buffer.hostGramsFrom = buffer.count;
  if (HOST_GRAM_VALUE > 0) hostGrams(parts.host, buffer);
  return buffer;
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
