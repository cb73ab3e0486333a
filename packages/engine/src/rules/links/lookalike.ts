import { linksIn } from "../../detectors/links/link-analysis.ts";
import { assessHost } from "../../detectors/links/lookalike.ts";
import { defineRule, everyKind } from "../../rule.ts";
import { isTrusted, LINK_CLAUSES, LINK_NEEDS, spanOf } from "./trust.ts";

export const lookalikeRule = defineRule({
  meta: {
    id: "links/lookalike",
    category: "malicious_link",
    clauses: LINK_CLAUSES,
    defaultSeverity: everyKind("block"),
    description:
      "Finds links that imitate gov.uk or a well-known brand, mix alphabets, or hide their real host.",
    messages: {
      imitates:
        "{host} imitates {brand} but is not {brand}'s website: a typical phishing address. Do not post it.",
      mixedScript:
        "{host} mixes letters from different alphabets, a trick to imitate another website. Do not post it.",
      badPunycode: "{host} is a malformed international domain name. Do not post it.",
      hiddenHost:
        "This link shows one address but goes to {host}: the text before the @ is a disguise. Do not post it.",
      international:
        "{host} is an international domain name whose letters can imitate other websites. Check it is genuine before posting.",
    },
  },
  needs: LINK_NEEDS,
  check(ctx) {
    for (const link of linksIn(ctx.analysed)) {
      if (link.isIp || isTrusted(link, ctx)) continue;
      const span = spanOf(link);
      const disguise = assessHost(link.host);
      if (disguise?.kind === "imitates") {
        ctx.report({ messageId: "imitates", data: { host: link.host, brand: disguise.brand }, span });
      } else if (link.hasUserInfo) {
        ctx.report({ messageId: "hiddenHost", data: { host: link.host }, span });
      } else if (disguise?.kind === "mixed-script") {
        ctx.report({ messageId: "mixedScript", data: { host: link.host }, span });
      } else if (disguise?.kind === "bad-punycode") {
        ctx.report({ messageId: "badPunycode", data: { host: link.host }, span });
      } else if (disguise?.kind === "international") {
        // Many honest sites use non-Latin names; only a person can judge this one.
        ctx.report({ messageId: "international", data: { host: link.host }, span, severity: "approval" });
      }
    }
  },
});
