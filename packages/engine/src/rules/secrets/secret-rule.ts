import { findSecrets, type SecretKind } from "../../detectors/secrets/find.ts";
import { defineRule, everyKind, type Rule } from "../../rule.ts";

interface SecretRuleSpec {
  id: string;
  kind: SecretKind;
  description: string;
  message: string;
  suggestion: string;
}

/** A rule reporting one kind of secret; secrets block every kind of text (procedure 9.a). */
export function secretRule(spec: SecretRuleSpec): Rule {
  return defineRule({
    meta: {
      id: spec.id,
      category: "secret",
      clauses: ["procedure.9.a"],
      defaultSeverity: everyKind("block"),
      description: spec.description,
      messages: { found: spec.message },
    },
    check(ctx) {
      for (const s of findSecrets(ctx.analysed)) {
        if (s.kind !== spec.kind) continue;
        ctx.report({
          messageId: "found",
          data: { label: s.label },
          span: { start: s.start, end: s.end },
          suggestion: spec.suggestion,
        });
      }
    },
  });
}
