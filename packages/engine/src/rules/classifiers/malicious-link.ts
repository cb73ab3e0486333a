import { defaultThresholds, keepsScore, percent } from "../../classifiers/evidence.ts";
import { urlEvidence, urlProbability } from "../../classifiers/url-scores.ts";
import { urlSpans } from "../../classifiers/url-scan.ts";
import { maliciousLinkModel } from "../../models/malicious-link.ts";
import { hostInDomains } from "../../detectors/links/domain-lists.ts";
import { defineRule, everyKind } from "../../rule.ts";

/** Phishing and malware links, judged from the URL's own text without visiting it. */
export const maliciousLinkRule = defineRule({
  meta: {
    id: "classifiers/malicious-link",
    category: "malicious_link",
    clauses: ["risk.4", "procedure.8.a"],
    defaultSeverity: everyKind("block"),
    description:
      "Scores each link in the text for phishing or malware from the shape of the URL, and names what made it look suspicious.",
    messages: {
      found:
        "This link looks like phishing or malware ({percent}% likely): {url}. Suspicious because of: {features}. Do not share it.",
    },
    thresholds: defaultThresholds(maliciousLinkModel),
  },
  check(ctx) {
    const allowed = ctx.context.allowDomains;
    for (const span of urlSpans(ctx.text)) {
      const url = ctx.text.slice(span.start, span.end);
      const probability = urlProbability(url);
      if (!keepsScore(probability, ctx.thresholds)) continue;
      // The council's own and trusted partners' sites are not second-guessed by a model. Most
      // links score too low to matter, so the host is read only for the rest.
      if (hostInDomains(hostOf(url), allowed)) continue;
      const evidence = urlEvidence(url);
      ctx.report({
        messageId: "found",
        data: { percent: percent(probability), url, features: evidence.join("; ") || "its overall shape" },
        span,
        score: probability,
        evidence,
      });
    }
  },
});

function hostOf(url: string): string {
  const lower = url.toLowerCase();
  const scheme = lower.indexOf("://");
  const rest = scheme >= 0 ? lower.slice(scheme + 3) : lower;
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 58) {
      end = i;
      break;
    }
  }
  const host = rest.slice(0, end);
  return host.startsWith("www.") ? host.slice(4) : host;
}
