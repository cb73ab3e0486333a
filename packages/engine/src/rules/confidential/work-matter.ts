import { lexiconMatches, longestMatches } from "../../detectors/lexicon/screening-lexicon.ts";
import { defineRule } from "../../rule.ts";
import { aboutIdentifiablePerson } from "./person-reference.ts";

export const workMatterRule = defineRule({
  meta: {
    id: "confidential/work-matter",
    category: "confidential",
    clauses: ["procedure.8.b", "guidance.4"],
    defaultSeverity: { post: "block", reply: "block", personal: "off" },
    description:
      "Finds disciplinary, grievance, safeguarding, sickness and complaint matters about an identifiable person.",
    messages: {
      matter:
        "Mentions a {matter} matter about an identifiable person. HR, safeguarding and complaint matters are confidential to the people involved.",
    },
  },
  check(ctx) {
    const tokens = ctx.analysed.tokens;
    for (const m of longestMatches(lexiconMatches(ctx.analysed, "work-matter"))) {
      if (!aboutIdentifiablePerson(ctx.text, tokens, m.firstToken, m.lastToken)) continue;
      ctx.report({
        messageId: "matter",
        data: { matter: m.value.phrase },
        span: { start: m.start, end: m.end },
      });
    }
  },
});
