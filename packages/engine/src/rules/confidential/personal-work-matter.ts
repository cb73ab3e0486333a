import { lexiconMatches, longestMatches } from "../../detectors/lexicon/screening-lexicon.ts";
import { defineRule } from "../../rule.ts";

/** On an employee's own account the policy asks for no work talk at all, even anonymised. */
export const personalWorkMatterRule = defineRule({
  meta: {
    id: "confidential/personal-work-matter",
    category: "confidential",
    clauses: ["guidance.4", "procedure.7.c"],
    defaultSeverity: { post: "off", reply: "off", personal: "advice" },
    description:
      "On personal posts, finds talk of work matters: complaints, service users, management, HR matters.",
    messages: {
      workTalk:
        'Talks about work ("{phrase}"). Keep complaints, service users, management and HR matters off personal accounts, even without names: posts about work are never private.',
    },
  },
  check(ctx) {
    const matches = [
      ...lexiconMatches(ctx.analysed, "work-matter"),
      ...lexiconMatches(ctx.analysed, "personal-work"),
    ];
    for (const m of longestMatches(matches)) {
      ctx.report({
        messageId: "workTalk",
        data: { phrase: ctx.text.slice(m.start, m.end) },
        span: { start: m.start, end: m.end },
      });
    }
  },
});
