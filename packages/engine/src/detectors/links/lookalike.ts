import { BRANDS } from "./brands.ts";
import { mixesConfusableScripts, skeleton } from "./confusables.ts";
import { hostInDomains } from "./domain-lists.ts";
import { hostToUnicode } from "./punycode.ts";

/** Why a host looks like a disguise, or nothing. */
export type HostDisguise =
  | { kind: "imitates"; brand: string }
  | { kind: "mixed-script" }
  | { kind: "bad-punycode" }
  | { kind: "international" };

const GOV_UK = "gov.uk";
const NON_ASCII = /[^\u0000-\u007f]/;

const GOV_UK_ONLY = [GOV_UK];

const BRAND_SKELETONS = BRANDS.map((b) => ({
  ...b,
  skeleton: skeleton(b.name),
  // The brand's domains as the front of a host ("amazon.co.uk.") and inside one (".amazon.co.uk.").
  fronts: b.domains.map((d) => `${d}.`),
  insides: b.domains.map((d) => `.${d}.`),
}));

/** "gov" then "uk" as neighbouring words in any spelling: "g0v.uk", "gov-uk.co", "gov.uk.example.com". */
function imitatesGovUk(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "govuk") return true;
    if (words[i] === "gov" && words[i + 1] === "uk") return true;
  }
  return false;
}

function imitatedBrand(host: string, labels: readonly string[]): string | undefined {
  const words: string[] = [];
  const joinedSkeletons: string[] = [];
  for (const l of labels) {
    if (l.includes("-")) {
      for (const w of l.split("-")) if (w) words.push(w);
      // Each label also counts with its hyphens dropped, so "pay-pal" reads as "paypal".
      joinedSkeletons.push(skeleton(l.replaceAll("-", "")));
    } else {
      if (l) words.push(l);
      joinedSkeletons.push(skeleton(l));
    }
  }
  const wordSkeletons = words.map(skeleton);
  if (imitatesGovUk(wordSkeletons) && !hostInDomains(host, GOV_UK_ONLY)) return GOV_UK;
  for (const b of BRAND_SKELETONS) {
    // The cheap look for the brand comes first; the brand's own hosts are ruled out after.
    if (imitates(b, host, labels, words, wordSkeletons, joinedSkeletons) && !hostInDomains(host, b.domains))
      return b.name;
  }
  return undefined;
}

function imitates(
  b: (typeof BRAND_SKELETONS)[number],
  host: string,
  labels: readonly string[],
  words: readonly string[],
  wordSkeletons: readonly string[],
  joinedSkeletons: readonly string[],
): boolean {
  for (let i = 0; i < words.length; i++) {
    if (wordSkeletons[i] !== b.skeleton) continue;
    if (b.distinctive || words[i] !== b.name) return true;
  }
  for (let i = 0; i < labels.length; i++) {
    if (joinedSkeletons[i] === b.skeleton && (b.distinctive || labels[i] !== b.name)) return true;
    if (b.embedded && joinedSkeletons[i]!.includes(b.skeleton)) return true;
  }
  // The brand's own address used as the front of another: "www.amazon.co.uk.example.shop".
  for (let k = 0; k < b.fronts.length; k++) {
    if (host.startsWith(b.fronts[k]!) || host.includes(b.insides[k]!)) return true;
  }
  return false;
}

/**
 * Checks a lower-case host for disguise: a brand or gov.uk imitated with look-alike
 * characters or as a word in someone else's domain, letters of several scripts in one
 * label, or an international (Punycode or non-ASCII) name.
 */
export function assessHost(host: string): HostDisguise | undefined {
  if (assessed.has(host)) return assessed.get(host);
  const result = assessUncached(host);
  if (assessed.size >= MAX_CACHED) assessed.clear();
  assessed.set(host, result);
  return result;
}

// Hosts recur across posts; the verdict depends on the host alone.
const assessed = new Map<string, HostDisguise | undefined>();
const MAX_CACHED = 4096;

function assessUncached(host: string): HostDisguise | undefined {
  const unicode = hostToUnicode(host);
  if (unicode === undefined) return { kind: "bad-punycode" };
  const labels = unicode.split(".");
  const brandName = imitatedBrand(host, labels);
  if (brandName) return { kind: "imitates", brand: brandName };
  // An ASCII host has Latin letters only: it can neither mix scripts nor be international.
  if (!NON_ASCII.test(unicode)) return undefined;
  if (labels.some(mixesConfusableScripts)) return { kind: "mixed-script" };
  return { kind: "international" };
}
