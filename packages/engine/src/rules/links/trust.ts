import { hostInDomains } from "../../detectors/links/domain-lists.ts";
import type { AnalysedLink } from "../../detectors/links/link-analysis.ts";
import type { RuleContext } from "../../rule.ts";

/** The clauses every link rule cites: malware and phishing risk, and inappropriate links. */
export const LINK_CLAUSES = ["risk.4", "procedure.8.a"];

/** A link to a domain the council trusts raises no hygiene findings; a denied one never counts as trusted. */
export function isTrusted(link: AnalysedLink, ctx: RuleContext): boolean {
  return (
    hostInDomains(link.host, ctx.context.allowDomains) && !hostInDomains(link.host, ctx.context.denyDomains)
  );
}

export const spanOf = (link: AnalysedLink) => ({ start: link.start, end: link.end });
