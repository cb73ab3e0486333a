import { keepsScore, NEGLIGIBLE, percent, scoresOf, textEvidence } from "../../classifiers/evidence.ts";
import { politicalModel } from "../../models/political.ts";
import { defineRule, everyKind } from "../../rule.ts";

const t = politicalModel.threshold;
const sure = Math.max(t, politicalModel.sureThreshold);

/** Party-political, partisan or campaigning content; stricter while an election period is open. */
export const politicalRule = defineRule({
  meta: {
    id: "classifiers/political",
    category: "political",
    clauses: ["procedure.2", "procedure.9.f"],
    defaultSeverity: everyKind("approval"),
    description:
      "Scores how likely the text takes a party-political or partisan side, and names the words that drove the score.",
    messages: {
      found:
        "This may read as partisan or party-political ({percent}% likely), mainly because of {words}. Council accounts must stay politically neutral.",
      election:
        "This may read as partisan or party-political ({percent}% likely), mainly because of {words}, during the {period} election period. Council accounts must stay politically neutral.",
    },
    // Advice when the model leans political; approval only when it is usually right.
    thresholds: {
      post: { advice: t, approval: sure },
      reply: { advice: t, approval: sure },
      personal: { advice: t },
    },
  },
  check(ctx) {
    const scores = scoresOf(ctx);
    const score = scores.byModel.political.probability;
    if (score < NEGLIGIBLE) return;
    const period = ctx.context.openElectionPeriods[0];
    const election = period !== undefined && ctx.kind !== "personal" && score >= t;
    if (!election && !keepsScore(score, ctx.thresholds)) return;
    const evidence = textEvidence(ctx, scores, "political");
    // In a pre-election period a council post that leans political is held, and blocked when the model is sure.
    if (election) {
      const severity = score >= sure ? "block" : "approval";
      ctx.report({
        messageId: "election",
        data: { percent: percent(score), words: evidence.quoted, period: period.name },
        span: evidence.span,
        score,
        evidence: evidence.words,
        severity,
      });
      return;
    }
    const data = { percent: percent(score), words: evidence.quoted };
    ctx.report({ messageId: "found", data, span: evidence.span, score, evidence: evidence.words });
  },
});
