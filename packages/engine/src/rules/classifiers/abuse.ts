import {
  defaultThresholds,
  keepsScore,
  NEGLIGIBLE,
  percent,
  scoresOf,
  textEvidence,
} from "../../classifiers/evidence.ts";
import { abuseModel } from "../../models/abuse.ts";
import { hateModel } from "../../models/hate.ts";
import { defineRule, everyKind } from "../../rule.ts";

/**
 * Hate is a kind of abuse, so a text the hate model is sure of is abusive too. The hate
 * model's scale differs, so its probability is mapped piecewise-linearly so that its approval
 * threshold lands on the abuse threshold: whenever the hate rule holds a post, this one fires
 * too. Its lower advice threshold is not used: there the hate model is right about half the
 * time, and letting it raise abuse cost OLID's calibration rows 0.03 F1 (0.611 → 0.583) for
 * nothing on Davidson's (0.972 → 0.971).
 */
export function abuseFromHate(
  hate: number,
  hateThreshold = Math.max(hateModel.threshold, hateModel.sureThreshold),
  abuseThreshold = abuseModel.threshold,
): number {
  if (hate <= hateThreshold) return (hate / hateThreshold) * abuseThreshold;
  return abuseThreshold + ((hate - hateThreshold) / (1 - hateThreshold)) * (1 - abuseThreshold);
}

/** Offensive, profane or harassing language, scored by a trained model that sees through disguised spellings. */
export const abuseRule = defineRule({
  meta: {
    id: "classifiers/abuse",
    category: "abuse",
    clauses: ["procedure.2", "procedure.8.c", "procedure.8.a"],
    defaultSeverity: everyKind("approval"),
    description:
      "Scores how likely the text is offensive, profane or harassing, and names the words that drove the score.",
    messages: {
      found:
        "This reads as offensive or abusive ({percent}% likely), mainly because of {words}. Council accounts must not publish offensive or harassing content.",
    },
    thresholds: defaultThresholds(abuseModel),
  },
  check(ctx) {
    const scores = scoresOf(ctx);
    const abuse = scores.byModel.abuse.probability;
    const fromHate = abuseFromHate(scores.byModel.hate.probability);
    const score = Math.max(abuse, fromHate);
    if (score < NEGLIGIBLE || !keepsScore(score, ctx.thresholds)) return;
    const evidence = textEvidence(ctx, scores, abuse >= fromHate ? "abuse" : "hate");
    ctx.report({
      messageId: "found",
      data: { percent: percent(score), words: evidence.quoted },
      span: evidence.span,
      score,
      evidence: evidence.words,
    });
  },
});
