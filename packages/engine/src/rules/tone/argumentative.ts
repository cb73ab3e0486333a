import { lexiconMatches, longestMatches } from "../../detectors/lexicon/screening-lexicon.ts";
import { defineRule } from "../../rule.ts";

export const argumentativeRule = defineRule({
  meta: {
    id: "tone/argumentative",
    category: "tone",
    clauses: ["procedure.9.c", "procedure.9.d"],
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description: "Finds arguing with, talking down to or mocking the reader, mostly in replies.",
    messages: {
      arguing:
        '"{phrase}" argues with or mocks the reader. Stay courteous: answer the point, or take it to a private message.',
      condescending:
        '"{phrase}" can read as talking down to the person you reply to. Consider leaving it out.',
    },
  },
  check(ctx) {
    const strong = longestMatches(lexiconMatches(ctx.analysed, "argument"));
    for (const m of strong) {
      ctx.report({
        messageId: "arguing",
        data: { phrase: ctx.text.slice(m.start, m.end) },
        span: { start: m.start, end: m.end },
      });
    }
    // "obviously", "actually": harmless in an announcement, a nudge when answering someone.
    if (ctx.kind !== "reply") return;
    for (const m of lexiconMatches(ctx.analysed, "condescending")) {
      if (strong.some((s) => m.start < s.end && s.start < m.end)) continue;
      ctx.report({
        messageId: "condescending",
        data: { phrase: ctx.text.slice(m.start, m.end) },
        span: { start: m.start, end: m.end },
        severity: "advice",
      });
    }
  },
});
