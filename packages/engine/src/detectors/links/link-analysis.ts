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

interface HostFacts {
  domain: string;
  isIp: boolean;
}

// The same few hosts (t.co, the council's own site) recur in post after post.
const hostFacts = new Map<string, HostFacts>();
const MAX_HOSTS = 4096;

function factsOf(host: string): HostFacts {
  let facts = hostFacts.get(host);
  if (!facts) {
    const parsed = parse(host, { extractHostname: false });
    const isIp = parsed.isIp === true || host.includes(":") || NUMERIC_HOST.test(host);
    facts = { isIp, domain: (!isIp && parsed.domain) || host };
    if (hostFacts.size >= MAX_HOSTS) hostFacts.clear();
    hostFacts.set(host, facts);
  }
  return facts;
}

function analyseLink(link: FoundLink): AnalysedLink {
  const facts = factsOf(link.host);
  return {
    start: link.start,
    end: link.end,
    scheme: link.scheme,
    host: link.host,
    path: link.path,
    hasUserInfo: link.hasUserInfo,
    domain: facts.domain,
    isIp: facts.isIp,
  };
}

// Rules of one screen run one after another, so remembering the last text is enough; it is
// cheaper than a WeakMap, whose entries for short-lived keys burden the garbage collector.
let lastText: AnalysedText | undefined;
let lastLinks: readonly AnalysedLink[] = [];

/** The links of a text, scanned once and shared by every link rule. */
export function linksIn(analysed: AnalysedText): readonly AnalysedLink[] {
  if (analysed !== lastText) {
    const { dots, colons } = analysed.summary;
    // A link has a dot in its host or a "://" after its scheme.
    lastLinks = dots === 0 && colons === 0 ? [] : scanLinks(analysed.text).map(analyseLink);
    lastText = analysed;
  }
  return lastLinks;
}
