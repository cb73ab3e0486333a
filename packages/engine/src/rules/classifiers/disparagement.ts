import { keepsScore, NEGLIGIBLE, percent, scoresOf, textEvidence } from "../../classifiers/evidence.ts";
import { disparagementModel } from "../../models/disparagement.ts";
import { defineRule, everyKind } from "../../rule.ts";

const t = disparagementModel.threshold;
const SURE = Math.max(t, disparagementModel.sureThreshold, 0.8);

/** Negative, critical or mocking remarks about a person or an organisation. */
export const disparagementRule = defineRule({
  meta: {
    id: "classifiers/disparagement",
    category: "disparagement",
    clauses: ["procedure.8.a", "procedure.7.e", "guidance.4"],
    defaultSeverity: everyKind("advice"),
    description:
      "Scores how likely the text criticises, mocks or runs down a person or an organisation, and names the words that drove the score.",
    messages: {
      found:
        "This may read as criticising or mocking someone ({percent}% likely), mainly because of {words}. Do not argue with or run down residents, colleagues or partners in public.",
    },
    // Criticism can be fair comment, so it is advice until the model is sure.
    thresholds: {
      post: { advice: t, approval: SURE },
      reply: { advice: t, approval: SURE },
      personal: { advice: t, approval: SURE },
    },
  },
  check(ctx) {
    const scores = scoresOf(ctx);
    const score = scores.byModel.disparagement.probability;
    if (score < NEGLIGIBLE || !keepsScore(score, ctx.thresholds)) return;
    const evidence = textEvidence(ctx, scores, "disparagement");
    ctx.report({
      messageId: "found",
      data: { percent: percent(score), words: evidence.quoted },
      span: evidence.span,
      score,
      evidence: evidence.words,
    });
  },
});
