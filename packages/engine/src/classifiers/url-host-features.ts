import { parse } from "tldts";
import { addLabel, addLabelWord, binned, label, type UrlFeatureBuffer } from "./url-labels.ts";
import { consonantRun, countOf, digitsIn, listedInside, wordsOf } from "./url-text.ts";
import { BRAND_WORDS, CHEAP_ENDINGS, CREDENTIAL_WORDS, FREE_HOSTS, SHORTENERS } from "./url-words.ts";

/** Features of a link's host: its ending, shape, hosting and the brand and credential words in it. */

const SUBDOMAINS = binned("subdomains", [0, 1, 2, 3]);
const HOST_LENGTH = binned("host length", [10, 15, 20, 30, 45]);
const DOMAIN_LENGTH = binned("domain length", [3, 6, 10, 15, 20, 30]);
const DOMAIN_HYPHENS = binned("domain hyphens", [0, 1, 2]);
const SUBDOMAIN_HYPHENS = binned("subdomain hyphens", [0, 1, 3]);
const HOST_DIGITS = binned("host digits", [0, 2, 5]);
const DOMAIN_CONSONANT_RUN = binned("domain consonant run", [2, 3, 4, 5]);

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

export function hostFeatures(host: string, out: UrlFeatureBuffer): void {
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
