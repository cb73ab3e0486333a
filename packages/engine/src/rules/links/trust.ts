import { hostInDomains } from "../../detectors/links/domain-lists.ts";
import type { AnalysedLink } from "../../detectors/links/link-analysis.ts";
import type { RuleContext, TextNeed } from "../../rule.ts";

/** The clauses every link rule cites: malware and phishing risk, and inappropriate links. */
export const LINK_CLAUSES = ["risk.4", "procedure.8.a"];

/** Every link has a dot in its host or a ":" after its scheme (see linksIn). */
export const LINK_NEEDS: readonly TextNeed[] = ["dots", "colons"];

/** A link to a domain the council trusts raises no hygiene findings; a denied one never counts as trusted. */
export function isTrusted(link: AnalysedLink, ctx: RuleContext): boolean {
  return (
    hostInDomains(link.host, ctx.context.allowDomains) && !hostInDomains(link.host, ctx.context.denyDomains)
  );
}

export const spanOf = (link: AnalysedLink) => ({ start: link.start, end: link.end });
