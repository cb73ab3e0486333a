import { lexiconMatches } from "../../detectors/lexicon/screening-lexicon.ts";
import { isHashtag } from "../../detectors/lexicon/word-shape.ts";
import type { RuleContext } from "../../rule.ts";
import { defineRule } from "../../rule.ts";
import { openPeriod, POLITICAL_CLAUSES } from "./election.ts";

/** "vote for your favourite photo" is a competition, not an election. */
const COMPETITION_WORDS = new Set([
  "favourite",
  "favorite",
  "best",
  "winner",
  "winners",
  "winning",
  "photo",
  "photos",
  "picture",
  "pictures",
  "entry",
  "entries",
  "design",
  "designs",
  "name",
  "names",
  "shortlist",
  "shortlisted",
  "finalist",
  "finalists",
  "nominee",
  "nominees",
  "award",
  "awards",
  "garden",
  "gardens",
  "display",
  "float",
  "floats",
  "scarecrow",
  "scarecrows",
  "project",
  "projects",
  "charity",
  "charities",
]);
const SKIPPED = new Set(["your", "the", "a", "an", "our", "their", "this", "these", "one"]);

function isCompetitionVote(ctx: RuleContext, lastToken: number): boolean {
  const tokens = ctx.analysed.tokens;
  let i = lastToken + 1;
  while (i < tokens.length && i <= lastToken + 3 && SKIPPED.has(tokens[i]!.lower)) i++;
  const word = tokens[i]?.lower;
  return word !== undefined && COMPETITION_WORDS.has(word);
}

/** "#VoteNow" and "#VoteByPost" are civic; "#VoteLabour" and "#VoteSmith" take a side. */
const CIVIC_VOTE_TAGS = new Set([
  "now",
  "today",
  "safely",
  "safe",
  "bypost",
  "byproxy",
  "local",
  "info",
  "ready",
  "early",
  "2026",
  "2025",
]);

export const campaigningRule = defineRule({
  meta: {
    id: "political/campaigning",
    category: "political",
    clauses: POLITICAL_CLAUSES,
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description:
      "Finds campaigning language: asking for votes for a party or person, re-election appeals, #VoteX tags.",
    messages: {
      campaign:
        'Campaigning language ("{phrase}"): council posts must not ask for votes or support for any side. Information on how and where to vote is fine.',
      campaignInPeriod:
        'Campaigning language ("{phrase}") during the {period} pre-election period: council publicity must not affect support for any side.',
    },
  },
  check(ctx) {
    const found: { start: number; end: number }[] = [];
    for (const m of lexiconMatches(ctx.analysed, "campaign")) found.push(m);
    for (const m of lexiconMatches(ctx.analysed, "vote-for")) {
      if (!isCompetitionVote(ctx, m.lastToken)) found.push(m);
    }
    // Only a hashtag ("#VoteGreen") is found word by word, and a text without "#" has none.
    const tokens = ctx.analysed.summary.hashes === 0 ? [] : ctx.analysed.tokens;
    for (const t of tokens) {
      const word = t.lower;
      if (
        word.length > 4 &&
        word.startsWith("vote") &&
        isHashtag(ctx.text, t) &&
        !CIVIC_VOTE_TAGS.has(word.slice(4))
      ) {
        found.push({ start: t.start - 1, end: t.end });
      }
    }
    if (found.length === 0) return;
    const period = openPeriod(ctx);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const { start, end } of found) {
      if (start < reach) continue;
      reach = end;
      const phrase = ctx.text.slice(start, end);
      if (period) {
        ctx.report({
          messageId: "campaignInPeriod",
          data: { phrase, period },
          span: { start, end },
          severity: "block",
        });
      } else {
        ctx.report({ messageId: "campaign", data: { phrase }, span: { start, end } });
      }
    }
  },
});
