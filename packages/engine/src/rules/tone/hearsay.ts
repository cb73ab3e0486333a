import { lexiconMatches, longestMatches } from "../../detectors/lexicon/screening-lexicon.ts";
import { defineRule } from "../../rule.ts";

export const hearsayRule = defineRule({
  meta: {
    id: "tone/hearsay",
    category: "tone",
    clauses: ["procedure.9.e", "procedure.9.c"],
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description: "Finds hearsay and unverified claims: apparently, allegedly, rumour has it, sources say.",
    messages: {
      hearsay:
        '"{phrase}" signals a claim that is not confirmed. Post only facts you are sure of, or say where they come from.',
    },
  },
  check(ctx) {
    for (const m of longestMatches(lexiconMatches(ctx.analysed, "hearsay"))) {
      ctx.report({
        messageId: "hearsay",
        data: { phrase: ctx.text.slice(m.start, m.end) },
        span: { start: m.start, end: m.end },
      });
    }
  },
});
