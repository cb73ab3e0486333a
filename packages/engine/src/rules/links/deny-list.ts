import { matchingDomain } from "../../detectors/links/domain-lists.ts";
import { linksIn } from "../../detectors/links/link-analysis.ts";
import { defineRule, everyKind } from "../../rule.ts";
import { LINK_CLAUSES, LINK_NEEDS, spanOf } from "./trust.ts";

export const denyListRule = defineRule({
  meta: {
    id: "links/deny-list",
    category: "link",
    clauses: LINK_CLAUSES,
    defaultSeverity: everyKind("block"),
    description: "Finds links to domains on the council's deny list, subdomains included.",
    messages: {
      denied: "The council does not allow links to {domain}. Remove this link.",
    },
  },
  needs: LINK_NEEDS,
  check(ctx) {
    const denied = ctx.context.denyDomains;
    if (denied.length === 0) return;
    for (const link of linksIn(ctx.analysed)) {
      const domain = matchingDomain(link.host, denied);
      if (domain) ctx.report({ messageId: "denied", data: { domain }, span: spanOf(link) });
    }
  },
});
