import { findPersonNames, withoutOverlaps } from "../../detectors/names/person.ts";
import { nearSensitiveWords } from "../../detectors/names/sensitive.ts";
import { findStaffMentions } from "../../detectors/names/staff.ts";
import { defineRule } from "../../rule.ts";

/**
 * People's names. A council post names people every day (the Mayor, a volunteer thanked), so
 * a name alone is advice; beside words about health, crime, money or complaints it needs approval.
 * Names after an office title (Cllr, Mayor) are public roles and are not reported; staff names
 * are left to names/colleague-mention.
 */
export const personRule = defineRule({
  meta: {
    id: "names/person",
    category: "personal_data",
    clauses: ["procedure.8.b", "procedure.7.f", "risk.3"],
    defaultSeverity: { post: "advice", reply: "advice", personal: "advice" },
    description:
      "Finds people's names, and asks for approval when a private person is named beside sensitive matters.",
    messages: {
      named: "This names a person ({value}). Check they are happy to be named in public.",
      sensitive:
        'This names a person ({value}) next to "{word}". Naming a private person in this context needs approval.',
    },
  },
  check(ctx) {
    const names = findPersonNames(ctx.analysed);
    if (names.length === 0) return;
    const staff = findStaffMentions(
      ctx.analysed.tokens,
      ctx.text,
      ctx.context.staffNames,
      ctx.analysed.wordHashes,
    );
    for (const n of withoutOverlaps(names, staff)) {
      if (n.office !== undefined) continue;
      const value = ctx.text.slice(n.start, n.end);
      const word = nearSensitiveWords(ctx.analysed.lower, n.start, n.end);
      ctx.report({
        messageId: word ? "sensitive" : "named",
        data: word ? { value, word } : { value },
        span: { start: n.start, end: n.end },
        dataType: "person",
        suggestion: "[name removed]",
        ...(word && ctx.kind !== "personal" ? { severity: "approval" as const } : {}),
      });
    }
  },
});
