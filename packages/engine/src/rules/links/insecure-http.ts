import { linksIn } from "../../detectors/links/link-analysis.ts";
import { defineRule, everyKind } from "../../rule.ts";
import { isTrusted, LINK_CLAUSES, LINK_NEEDS, spanOf } from "./trust.ts";

export const insecureHttpRule = defineRule({
  meta: {
    id: "links/insecure-http",
    category: "link",
    clauses: LINK_CLAUSES,
    defaultSeverity: everyKind("advice"),
    description: "Finds links written with plain http://, which browsers mark as not secure.",
    messages: {
      insecure:
        "This link uses plain http://, which browsers mark as not secure. Use https:// if the site supports it.",
    },
  },
  needs: LINK_NEEDS,
  check(ctx) {
    for (const link of linksIn(ctx.analysed)) {
      if (link.scheme !== "http" || isTrusted(link, ctx)) continue;
      ctx.report({
        messageId: "insecure",
        span: spanOf(link),
        suggestion: `https${ctx.text.slice(link.start + 4, link.end)}`,
      });
    }
  },
});
