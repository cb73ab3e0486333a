import { findUrls } from "../../src/classifiers/url-scan.ts";
import { hashString } from "../../src/classifiers/hash.ts";
import { readRows, splitOf } from "./data.ts";

/**
 * Benign links for training only. The benign URL list is deep pages on a few hundred sites,
 * so on its own it teaches "short or unfamiliar = phishing", which would flag every
 * homepage and every shortened link a council posts. Remedies, all from the training data:
 * links found in the training splits of the social-media files (mostly t.co, bit.ly,
 * .gov pages), and for every benign site its homepage (with and without "www.", either
 * scheme), its first folder, and a few ordinary service and article paths built from words
 * that honest paths use.
 */
const SOCIAL_FILES = [
  "political-posts.jsonl",
  "abuse-davidson.jsonl",
  "abuse-olid-train.jsonl",
  "disparagement-dong2014-train.jsonl",
];

export function socialLinks(): string[] {
  const links: string[] = [];
  for (const file of SOCIAL_FILES) {
    for (const row of readRows(file)) {
      if (splitOf(file, row.id) !== "train") continue;
      for (const span of findUrls(row.text)) {
        const url = row.text.slice(span.start, span.end);
        // Truncated by the export ("t.co&#8230;"): not a real link.
        if (!url.includes("&#") && !url.includes("…")) links.push(url);
      }
    }
  }
  return links;
}

function hostAndPath(url: string): { host: string; path: string } {
  const bare = url.replace(/^[a-z]{1,10}:\/\//i, "");
  const slash = bare.search(/[/?#]/);
  return slash < 0 ? { host: bare, path: "" } : { host: bare.slice(0, slash), path: bare.slice(slash) };
}

/** Words of honest paths, for building plausible article and service pages. */
function pathWords(benignUrls: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const url of benignUrls) {
    for (const w of hostAndPath(url)
      .path.toLowerCase()
      .split(/[^a-z]+/))
      if (w.length >= 3 && w.length <= 12) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= 5)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
}

/**
 * Benign hosts the list lacks: the list's sites are a few hundred famous short names, which
 * would teach "long name or a subdomain = phishing". These are names made of two or three
 * honest words under the endings and subdomains honest sites use (a town festival, a
 * council service, a forms subdomain), each with a homepage and an ordinary page.
 */
const ENDINGS = [
  "com",
  "com",
  "com",
  "com",
  "co.uk",
  "co.uk",
  "org.uk",
  "org",
  "gov.uk",
  "net",
  "uk",
  "ac.uk",
  "nhs.uk",
  "info",
  "co",
  "io",
  "eu",
  "de",
  "fr",
];
const SUBDOMAINS = [
  "",
  "",
  "",
  "www.",
  "www.",
  "forms.",
  "news.",
  "shop.",
  "my.",
  "apps.",
  "en.",
  "blog.",
  "events.",
  "mail.",
  "account.",
  "login.",
];

/** The plain path words of honest links (3 to 10 letters), for building made-up honest pages. */
function shortPathWords(benignUrls: readonly string[]): string[] {
  return pathWords(benignUrls).filter((w) => /^[a-z]{3,10}$/.test(w));
}

/** One item of `list`, fixed by a seed and a row number, so generated rows are the same every run. */
function pickFrom(seed: number, i: number, list: readonly string[]): string {
  return list[(hashString(seed, String(i)) >>> 0) % list.length]!;
}

export function madeUpBenignSites(benignUrls: readonly string[], count: number): string[] {
  const words = shortPathWords(benignUrls);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = [pickFrom(11, i, words), pickFrom(12, i, words)];
    if (i % 3 === 0) parts.push(pickFrom(13, i, words));
    const name = parts.join(i % 5 === 0 ? "-" : "");
    const host = `${pickFrom(14, i, SUBDOMAINS)}${name}.${pickFrom(15, i, ENDINGS)}`;
    out.push(`https://${host}/`);
    out.push(
      `https://${host}/${pickFrom(16, i, words)}${i % 2 === 0 ? `/${pickFrom(17, i, words)}-${pickFrom(18, i, words)}` : ""}`,
    );
  }
  return out;
}

const CODE_HOSTS = ["github.com", "gitlab.com", "codeberg.org", "bitbucket.org"];

/**
 * Project pages on code-hosting sites (`github.com/owner/project`): a council links to open
 * data and to the software it uses. No benign row of the phishing file is on these hosts, so
 * without them an honest project page scored 0.88 for its host and one-word path.
 */
export function codeHostingPages(benignUrls: readonly string[], count: number): string[] {
  const words = shortPathWords(benignUrls);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const project =
      i % 2 === 0 ? pickFrom(37, i, words) : `${pickFrom(37, i, words)}-${pickFrom(38, i, words)}`;
    out.push(`https://${pickFrom(35, i, CODE_HOSTS)}/${pickFrom(36, i, words)}/${project}`);
  }
  return out;
}

/**
 * Ordinary pages on the big platforms' own domains (a council's page on a social network, a
 * news article): the phishing list has forms and shared files there, and without these the
 * model would learn that a platform's own domain is itself suspicious. The forms in the
 * phishing list are long "ResponsePage.aspx?id=…" links; the short "/r/…" share links are what
 * a council posts for a consultation survey.
 */
const PLATFORM_HOSTS = [
  "www.facebook.com",
  "www.instagram.com",
  "twitter.com",
  "www.linkedin.com/company",
  "www.youtube.com/c",
  "www.google.com/maps/place",
  "www.amazon.co.uk/dp",
  "www.paypal.com/uk",
  "www.microsoft.com/en-gb",
  "support.apple.com/en-gb",
  "www.ebay.co.uk/itm",
  "www.bbc.co.uk/news",
  "www.gov.uk/guidance",
  "forms.office.com/r",
  "www.eventbrite.co.uk/e",
];

export function platformPages(benignUrls: readonly string[], count: number): string[] {
  const words = shortPathWords(benignUrls);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const host = pickFrom(21, i, PLATFORM_HOSTS);
    const name =
      i % 2 === 0
        ? `${cap(pickFrom(22, i, words))}${cap(pickFrom(23, i, words))}`
        : `${pickFrom(22, i, words)}-${pickFrom(23, i, words)}-${pickFrom(24, i, words)}`;
    out.push(i % 7 === 0 ? `https://${host.split("/")[0]}/` : `https://${host}/${name}`);
  }
  return out;
}

export function benignSiteRoots(benignUrls: readonly string[]): string[] {
  const words = pathWords(benignUrls);
  const roots = new Set<string>();
  let k = 0;
  for (const url of benignUrls) {
    const { host, path } = hostAndPath(url);
    const bare = host.toLowerCase().replace(/^www\./, "");
    if (roots.has(`https://${bare}/`)) continue;
    roots.add(`https://${bare}/`);
    roots.add(`https://www.${bare}/`);
    roots.add(`http://www.${bare}`);
    const folder = path.split(/[/?#]/)[1];
    if (folder) roots.add(`https://www.${bare}/${folder}`);
    // Ordinary pages: a section, a titled article with an id, a named page.
    for (let j = 0; j < 3; j++) {
      k++;
      const slug = `${pickFrom(1, k, words)}-${pickFrom(2, k, words)}-${pickFrom(3, k, words)}`;
      const id = (hashString(4, String(k)) >>> 0) % 100_000_000;
      roots.add(
        [
          `https://www.${bare}/${pickFrom(5, k, words)}`,
          `https://www.${bare}/${pickFrom(6, k, words)}/${slug}-${id}`,
          `https://${bare}/${pickFrom(7, k, words)}/${slug}`,
        ][j]!,
      );
    }
  }
  return [...roots];
}
