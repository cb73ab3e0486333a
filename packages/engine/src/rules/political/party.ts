import { lexiconMatches, longestMatches } from "../../detectors/lexicon/screening-lexicon.ts";
import { isCapitalised, startsSentence } from "../../detectors/lexicon/word-shape.ts";
import type { RuleContext } from "../../rule.ts";
import { defineRule } from "../../rule.ts";
import { openPeriod, POLITICAL_CLAUSES } from "./election.ts";

/** Words after an ambiguous party name that make it a party: "Labour councillor", "Green Party". */
const POLITICAL_NEXT = new Set([
  "party",
  "councillor",
  "councillors",
  "cllr",
  "candidate",
  "candidates",
  "mp",
  "mps",
  "leader",
  "leadership",
  "government",
  "manifesto",
  "group",
  "member",
  "members",
  "voters",
  "supporters",
  "activists",
  "administration",
  "minister",
  "ministers",
  "peer",
  "peers",
  "policy",
  "policies",
  "campaign",
  "controlled",
  "led",
  "run",
  "gain",
  "gains",
  "win",
  "victory",
  "majority",
  "uk",
]);

/** Words after "Labour" or "Conservative" that make it an ordinary word: "Labour costs". */
const ORDINARY_NEXT = new Set([
  "market",
  "markets",
  "cost",
  "costs",
  "force",
  "shortage",
  "shortages",
  "day",
  "pains",
  "ward",
  "intensive",
  "relations",
  "estimate",
  "estimates",
  "approach",
  "area",
  "areas",
  "saving",
]);

/** Ambiguous names that are only ever parties when a political word follows. */
const ONLY_WITH_POLITICAL_WORD = new Set(["green", "greens", "reform"]);

function isPartyUse(ctx: RuleContext, first: number, last: number): boolean {
  const tokens = ctx.analysed.tokens;
  const token = tokens[first]!;
  if (!isCapitalised(token)) return false;
  const next = tokens[last + 1];
  const nextWord = next && next.start - token.end <= 2 ? next.lower : undefined;
  if (nextWord && POLITICAL_NEXT.has(nextWord)) return true;
  if (ONLY_WITH_POLITICAL_WORD.has(token.lower)) return false;
  if (nextWord && ORDINARY_NEXT.has(nextWord)) return false;
  return !startsSentence(ctx.text, token.start);
}

/** "vote Labour" is the campaigning rule's to report. */
function afterVote(ctx: RuleContext, first: number): boolean {
  return first > 0 && ctx.analysed.tokens[first - 1]!.lower === "vote";
}

export const partyRule = defineRule({
  meta: {
    id: "political/party",
    category: "political",
    clauses: POLITICAL_CLAUSES,
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description: "Finds UK political parties and party leaders named in a post.",
    messages: {
      party:
        "Names a political party ({name}). Council posts must stay politically neutral; a manager should approve this.",
      politician:
        "Names a party politician ({name}). Council posts must stay politically neutral; a manager should approve this.",
      partyInPeriod:
        "Names a political party ({name}) during the {period} pre-election period, when council publicity must not touch party politics.",
      politicianInPeriod:
        "Names a party politician ({name}) during the {period} pre-election period, when council publicity must not touch party politics.",
    },
  },
  check(ctx) {
    const parties = lexiconMatches(ctx.analysed, "party");
    const ambiguous = lexiconMatches(ctx.analysed, "party-ambiguous");
    const politicians = lexiconMatches(ctx.analysed, "politician");
    if (parties.length + ambiguous.length + politicians.length === 0) return;
    const period = openPeriod(ctx);
    const mentions = [
      ...parties.map((m) => ({ m, kind: "party" as const })),
      ...ambiguous
        .filter((m) => isPartyUse(ctx, m.firstToken, m.lastToken))
        .map((m) => ({ m, kind: "party" as const })),
      ...politicians.map((m) => ({ m, kind: "politician" as const })),
    ].map(({ m, kind }) => ({ ...m, kind }));
    for (const m of longestMatches(mentions)) {
      if (afterVote(ctx, m.firstToken)) continue;
      const name = ctx.text.slice(m.start, m.end);
      const span = { start: m.start, end: m.end };
      if (period)
        ctx.report({ messageId: `${m.kind}InPeriod`, data: { name, period }, span, severity: "block" });
      else ctx.report({ messageId: m.kind, data: { name }, span });
    }
  },
});
