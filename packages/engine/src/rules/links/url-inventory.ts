import { linksIn } from "../../detectors/links/link-analysis.ts";
import { defineRule, everyKind } from "../../rule.ts";
import { LINK_CLAUSES, LINK_NEEDS, spanOf } from "./trust.ts";

/**
 * Off by default: lists every link with data type "url", for evaluation against span data
 * and for councils that want each link shown to the approver.
 */
export const urlInventoryRule = defineRule({
  meta: {
    id: "links/url-inventory",
    category: "link",
    clauses: LINK_CLAUSES,
    defaultSeverity: everyKind("off"),
    description: "Lists every link in the text with data type url, so each can be checked.",
    messages: {
      link: "Link to {domain}: check it goes where the post says.",
    },
  },
  needs: LINK_NEEDS,
  check(ctx) {
    for (const link of linksIn(ctx.analysed)) {
      ctx.report({ messageId: "link", data: { domain: link.domain }, span: spanOf(link), dataType: "url" });
    }
  },
});
