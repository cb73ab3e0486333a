import {
  defaultThresholds,
  keepsScore,
  NEGLIGIBLE,
  percent,
  scoresOf,
  textEvidence,
} from "../../classifiers/evidence.ts";
import { hateModel } from "../../models/hate.ts";
import { defineRule, everyKind } from "../../rule.ts";

/** Attacks on people for a protected characteristic (race, religion, sex, sexuality, disability). */
export const hateRule = defineRule({
  meta: {
    id: "classifiers/hate",
    category: "hate",
    clauses: ["procedure.8.c", "procedure.8.d"],
    defaultSeverity: everyKind("block"),
    description:
      "Scores how likely the text attacks people for a protected characteristic, and names the words that drove the score.",
    messages: {
      found:
        "This may attack people for who they are ({percent}% likely), mainly because of {words}. Discriminatory content breaches the Equality and Diversity policy.",
    },
    // Hate is blocked outright on council posts once the model is fairly sure.
    thresholds: defaultThresholds(hateModel, 0.6),
  },
  check(ctx) {
    const scores = scoresOf(ctx);
    const score = scores.byModel.hate.probability;
    if (score < NEGLIGIBLE || !keepsScore(score, ctx.thresholds)) return;
    const evidence = textEvidence(ctx, scores, "hate");
    ctx.report({
      messageId: "found",
      data: { percent: percent(score), words: evidence.quoted },
      span: evidence.span,
      score,
      evidence: evidence.words,
    });
  },
});
