import { defineRule, type Rule } from "../../rule.ts";
import type { TextKind, Severity } from "../../types.ts";
import { personalDataOf } from "../../detectors/personal-data/find.ts";
import type { PersonalDataType } from "../../detectors/personal-data/types.ts";

export const PERSONAL_DATA_CLAUSES = ["procedure.8.b", "procedure.9.j", "risk.3"];

/** Severities: identifiers that enable fraud or reveal health block council posts. */
export const SENSITIVE: Record<TextKind, Severity> = { post: "block", reply: "block", personal: "approval" };
export const IDENTIFYING: Record<TextKind, Severity> = {
  post: "approval",
  reply: "approval",
  personal: "advice",
};

interface PersonalDataRuleSpec {
  id: string;
  types: PersonalDataType[];
  severity: Record<TextKind, Severity>;
  description: string;
  /** Shown to the writer; `{value}` is the text found and `{kind}` the finer kind. */
  message: string;
  suggestion: string;
}

/** A rule that reports the shared personal-data matches of some types, each with a redaction. */
export function personalDataRule(spec: PersonalDataRuleSpec): Rule {
  return defineRule({
    meta: {
      id: spec.id,
      category: "personal_data",
      clauses: PERSONAL_DATA_CLAUSES,
      defaultSeverity: spec.severity,
      description: spec.description,
      messages: { found: spec.message },
    },
    // The shared finders need a digit, or two colons for an IPv6 address.
    needs: ["digits", "colons"],
    check(ctx) {
      // Every finder needs a digit but the IPv6 one, which needs two colons; most texts have neither.
      const { digits, colons } = ctx.analysed.summary;
      if (digits === 0 && colons < 2) return;
      for (const m of personalDataOf(ctx.analysed, spec.types)) {
        ctx.report({
          messageId: "found",
          data: { value: ctx.text.slice(m.start, m.end), kind: m.kind ?? m.type },
          span: { start: m.start, end: m.end },
          dataType: m.type,
          suggestion: spec.suggestion,
        });
      }
    },
  });
}
