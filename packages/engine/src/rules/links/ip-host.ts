import { linksIn } from "../../detectors/links/link-analysis.ts";
import { defineRule } from "../../rule.ts";
import { isTrusted, LINK_CLAUSES, LINK_NEEDS, spanOf } from "./trust.ts";

export const ipHostRule = defineRule({
  meta: {
    id: "links/ip-host",
    category: "link",
    clauses: LINK_CLAUSES,
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description: "Finds links to a bare IP address instead of a named site, a common sign of phishing.",
    messages: {
      ipHost:
        "This link goes to a bare IP address ({host}) rather than a named website. Genuine services rarely do that; check it before posting.",
    },
  },
  needs: LINK_NEEDS,
  check(ctx) {
    for (const link of linksIn(ctx.analysed)) {
      if (!link.isIp || isTrusted(link, ctx)) continue;
      ctx.report({ messageId: "ipHost", data: { host: link.host }, span: spanOf(link) });
    }
  },
});
