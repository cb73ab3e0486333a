import { linksIn } from "../../detectors/links/link-analysis.ts";
import { SHORTENER_DOMAINS } from "../../detectors/links/shorteners.ts";
import { defineRule, everyKind } from "../../rule.ts";
import { isTrusted, LINK_CLAUSES, LINK_NEEDS, spanOf } from "./trust.ts";

export const shortenerRule = defineRule({
  meta: {
    id: "links/shortener",
    category: "link",
    clauses: LINK_CLAUSES,
    defaultSeverity: everyKind("advice"),
    description: "Finds shortened links (bit.ly, tinyurl.com, t.co, ...), which hide where they lead.",
    messages: {
      shortened:
        "{domain} is a link shortener: readers cannot see where it goes. Use the full address, or say where it goes.",
    },
  },
  needs: LINK_NEEDS,
  check(ctx) {
    for (const link of linksIn(ctx.analysed)) {
      if (!SHORTENER_DOMAINS.has(link.domain) || isTrusted(link, ctx)) continue;
      ctx.report({ messageId: "shortened", data: { domain: link.domain }, span: spanOf(link) });
    }
  },
});
