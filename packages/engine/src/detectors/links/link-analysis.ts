import { parse } from "tldts";
import type { AnalysedText } from "../../rule.ts";
import { scanLinks, type FoundLink } from "./url-scanner.ts";

export interface AnalysedLink extends FoundLink {
  /** The registrable domain ("example.co.uk"); the host itself for IP addresses and unknown suffixes. */
  domain: string;
  isIp: boolean;
}

// Hosts written as one number or in hex ("http://3232235777/") are IP addresses in disguise.
const NUMERIC_HOST = /^(?:0x[0-9a-f]{1,8}|[0-9]{1,10})(?:\.(?:0x[0-9a-f]{1,8}|[0-9]{1,10})){0,3}$/;

function analyseLink(link: FoundLink): AnalysedLink {
  const parsed = parse(link.host, { extractHostname: false });
  const isIp = parsed.isIp === true || link.host.includes(":") || NUMERIC_HOST.test(link.host);
  return { ...link, isIp, domain: (!isIp && parsed.domain) || link.host };
}

const cache = new WeakMap<AnalysedText, readonly AnalysedLink[]>();

/** The links of a text, scanned once and shared by every link rule. */
export function linksIn(analysed: AnalysedText): readonly AnalysedLink[] {
  let links = cache.get(analysed);
  if (!links) {
    links = scanLinks(analysed.text).map(analyseLink);
    cache.set(analysed, links);
  }
  return links;
}
