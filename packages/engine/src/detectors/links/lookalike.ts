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
  const wordSkeletons: string[] = [];
  const joinedSkeletons: string[] = [];
  for (const l of labels) {
    if (l.includes("-")) {
      for (const w of l.split("-")) {
        if (!w) continue;
        words.push(w);
        wordSkeletons.push(skeleton(w));
      }
      // Each label also counts with its hyphens dropped, so "pay-pal" reads as "paypal".
      joinedSkeletons.push(skeleton(l.replaceAll("-", "")));
    } else {
      // A label without hyphens is one word: its skeleton serves as both.
      const s = skeleton(l);
      if (l) {
        words.push(l);
        wordSkeletons.push(s);
      }
      joinedSkeletons.push(s);
    }
  }
  if (imitatesGovUk(wordSkeletons) && !hostInDomains(host, GOV_UK_ONLY)) return GOV_UK;
  // Only brands that some test could match are tried, in the list's order.
  for (const k of candidateBrands(host, wordSkeletons, joinedSkeletons)) {
    const b = BRAND_SKELETONS[k]!;
    // The cheap look for the brand comes first; the brand's own hosts are ruled out after.
    if (imitates(b, host, labels, words, wordSkeletons, joinedSkeletons) && !hostInDomains(host, b.domains))
      return b.name;
  }
  return undefined;
}

/** Brand indices by skeleton, for words and labels that spell a brand. */
const BRANDS_BY_SKELETON = new Map<string, number[]>();
/** Indices of the brands found even inside a longer label. */
const EMBEDDED_BRANDS: number[] = [];
/** Brand domains by their first label, for a brand's address used as the front of another host. */
const DOMAINS_BY_FIRST_LABEL = new Map<string, { brand: number; domain: string }[]>();
BRAND_SKELETONS.forEach((b, k) => {
  const same = BRANDS_BY_SKELETON.get(b.skeleton);
  if (same) same.push(k);
  else BRANDS_BY_SKELETON.set(b.skeleton, [k]);
  if (b.embedded) EMBEDDED_BRANDS.push(k);
  for (const domain of b.domains) {
    const first = domain.split(".")[0]!;
    const list = DOMAINS_BY_FIRST_LABEL.get(first);
    if (list) list.push({ brand: k, domain });
    else DOMAINS_BY_FIRST_LABEL.set(first, [{ brand: k, domain }]);
  }
});
/**
 * Any embedded brand's skeleton inside a label, in one pass: most labels hold none and skip the
 * per-brand search. Literal alternatives only, so linear.
 */
const ANY_EMBEDDED = new RegExp(
  EMBEDDED_BRANDS.map((k) => BRAND_SKELETONS[k]!.skeleton.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
);

/** Adds to `found` the indices of `list` it lacks. */
function addMissing(found: number[], list: readonly number[] | undefined): void {
  if (list) for (const k of list) if (!found.includes(k)) found.push(k);
}

/**
 * The brands `imitates` could accept for this host, in list order: those whose skeleton a word
 * or label has, embedded brands inside a label, and those with a domain at a label boundary
 * of the host followed by a dot.
 */
function candidateBrands(
  host: string,
  wordSkeletons: readonly string[],
  joinedSkeletons: readonly string[],
): number[] {
  const found: number[] = [];
  for (const s of wordSkeletons) addMissing(found, BRANDS_BY_SKELETON.get(s));
  for (const s of joinedSkeletons) {
    addMissing(found, BRANDS_BY_SKELETON.get(s));
    if (!ANY_EMBEDDED.test(s)) continue;
    for (const k of EMBEDDED_BRANDS)
      if (!found.includes(k) && s.includes(BRAND_SKELETONS[k]!.skeleton)) found.push(k);
  }
  let offset = 0;
  for (const label of host.split(".")) {
    for (const { brand, domain } of DOMAINS_BY_FIRST_LABEL.get(label) ?? []) {
      if (
        !found.includes(brand) &&
        host.startsWith(domain, offset) &&
        host.charCodeAt(offset + domain.length) === 46
      )
        found.push(brand);
    }
    offset += label.length + 1;
  }
  return found.sort((a, b) => a - b);
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
