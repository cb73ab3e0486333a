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

const BRAND_SKELETONS = BRANDS.map((b) => ({ ...b, skeleton: skeleton(b.name) }));

/** "gov" then "uk" as neighbouring words in any spelling: "g0v.uk", "gov-uk.co", "gov.uk.example.com". */
function imitatesGovUk(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "govuk") return true;
    if (words[i] === "gov" && words[i + 1] === "uk") return true;
  }
  return false;
}

function imitatedBrand(host: string, labels: readonly string[]): string | undefined {
  const words = labels.flatMap((l) => l.split("-")).filter(Boolean);
  const wordSkeletons = words.map(skeleton);
  if (!hostInDomains(host, [GOV_UK]) && imitatesGovUk(wordSkeletons)) return GOV_UK;
  // Each label also counts with its hyphens dropped, so "pay-pal" reads as "paypal".
  const joinedSkeletons = labels.map((l) => skeleton(l.replaceAll("-", "")));
  for (const b of BRAND_SKELETONS) {
    if (hostInDomains(host, b.domains)) continue;
    for (let i = 0; i < words.length; i++) {
      if (wordSkeletons[i] !== b.skeleton) continue;
      if (b.distinctive || words[i] !== b.name) return b.name;
    }
    for (let i = 0; i < labels.length; i++) {
      if (joinedSkeletons[i] === b.skeleton && (b.distinctive || labels[i] !== b.name)) return b.name;
      if (b.embedded && joinedSkeletons[i]!.includes(b.skeleton)) return b.name;
    }
    // The brand's own address used as the front of another: "www.amazon.co.uk.example.shop".
    if (b.domains.some((d) => host.startsWith(`${d}.`) || host.includes(`.${d}.`))) return b.name;
  }
  return undefined;
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
  if (labels.some(mixesConfusableScripts)) return { kind: "mixed-script" };
  if (NON_ASCII.test(unicode)) return { kind: "international" };
  return undefined;
}
