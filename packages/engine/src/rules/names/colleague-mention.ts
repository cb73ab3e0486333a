import { findStaffMentions } from "../../detectors/names/staff.ts";
import { defineRule, everyKind } from "../../rule.ts";

/** A colleague named in a post: they are told before it goes out (procedure 9.h). */
export const colleagueMentionRule = defineRule({
  meta: {
    id: "names/colleague-mention",
    category: "colleague",
    clauses: ["procedure.9.h", "procedure.7.f"],
    defaultSeverity: everyKind("advice"),
    description: "Finds the council's staff named in the text, so they can be told before it is published.",
    messages: {
      mentioned:
        "This mentions your colleague {name}. They will be told before it is published; consider their privacy.",
    },
  },
  check(ctx) {
    for (const m of findStaffMentions(
      ctx.analysed.tokens,
      ctx.text,
      ctx.context.staffNames,
      ctx.analysed.wordHashes,
    )) {
      ctx.report({
        messageId: "mentioned",
        data: { name: m.staffName },
        span: { start: m.start, end: m.end },
        dataType: "person",
      });
    }
  },
});
