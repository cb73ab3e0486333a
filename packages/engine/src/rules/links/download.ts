import { downloadKind } from "../../detectors/links/file-types.ts";
import { linksIn } from "../../detectors/links/link-analysis.ts";
import { defineRule, everyKind } from "../../rule.ts";
import { isTrusted, LINK_CLAUSES, LINK_NEEDS, spanOf } from "./trust.ts";

export const downloadRule = defineRule({
  meta: {
    id: "links/download",
    category: "link",
    clauses: LINK_CLAUSES,
    defaultSeverity: everyKind("block"),
    description:
      "Finds links that download programs or scripts (.exe, .msi, .js, .apk, ...) or archives (.zip, .rar).",
    messages: {
      executable:
        "This link downloads a program or script (.{extension}), which can carry malware. Link to a web page instead.",
      archive:
        "This link downloads an archive (.{extension}), a common way to spread malware. Link to a web page, or get approval.",
    },
  },
  needs: LINK_NEEDS,
  check(ctx) {
    for (const link of linksIn(ctx.analysed)) {
      if (isTrusted(link, ctx)) continue;
      const download = downloadKind(link.path);
      if (!download) continue;
      const span = spanOf(link);
      if (download.kind === "executable") {
        ctx.report({ messageId: "executable", data: { extension: download.extension }, span });
      } else {
        ctx.report({
          messageId: "archive",
          data: { extension: download.extension },
          span,
          severity: "approval",
        });
      }
    }
  },
});
