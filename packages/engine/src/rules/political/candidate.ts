import { PhraseMatcher } from "../../detectors/lexicon/phrase-matcher.ts";
import { longestMatches } from "../../detectors/lexicon/screening-lexicon.ts";
import { tokenize } from "../../text/tokenize.ts";
import type { RuleContext } from "../../rule.ts";
import { defineRule } from "../../rule.ts";
import { POLITICAL_CLAUSES } from "./election.ts";

interface Candidate {
  name: string;
  /** Open periods this person stands in; empty when none is open. */
  periods: string[];
}

const TITLES = ["cllr", "councillor", "mayor", "deputy mayor", "mr", "mrs", "ms", "miss", "dr"];

/** Full names, plus "Cllr Smith" and the like; a bare surname alone is too often someone else. */
function buildMatcher(ctx: RuleContext): PhraseMatcher<Candidate> {
  const open = ctx.context.openElectionPeriods;
  const matcher = new PhraseMatcher<Candidate>();
  for (const name of ctx.context.candidates) {
    const words = tokenize(name);
    if (words.length === 0) continue;
    const candidate = { name, periods: open.filter((p) => p.candidates?.includes(name)).map((p) => p.name) };
    matcher.add(name, candidate);
    if (words.length > 1)
      for (const title of TITLES) matcher.add(`${title} ${words[words.length - 1]!.text}`, candidate);
  }
  return matcher;
}

// Contexts are fixed per deployment; building the matcher once per candidate list keeps screening fast.
const matchers = new Map<string, PhraseMatcher<Candidate>>();
const MAX_CACHED = 16;

// With a fixed clock the engine reuses one resolved context for every screen.
let lastContext: object | undefined;
let lastMatcher: PhraseMatcher<Candidate> | undefined;

function matcherFor(ctx: RuleContext): PhraseMatcher<Candidate> {
  if (ctx.context !== lastContext || !lastMatcher) {
    lastMatcher = matcherForLists(ctx);
    lastContext = ctx.context;
  }
  return lastMatcher;
}

function matcherForLists(ctx: RuleContext): PhraseMatcher<Candidate> {
  const key = JSON.stringify([
    ctx.context.candidates,
    ctx.context.openElectionPeriods.map((p) => [p.name, p.candidates]),
  ]);
  let matcher = matchers.get(key);
  if (!matcher) {
    if (matchers.size >= MAX_CACHED) matchers.delete(matchers.keys().next().value!);
    matcher = buildMatcher(ctx);
    matchers.set(key, matcher);
  }
  return matcher;
}

export const candidateRule = defineRule({
  meta: {
    id: "political/candidate",
    category: "political",
    clauses: POLITICAL_CLAUSES,
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description:
      "Finds election candidates the council has listed, blocking them in their pre-election period.",
    messages: {
      inPeriod:
        "Names {name}, a candidate in the {period} election, during its pre-election period. Council publicity must not feature candidates now.",
      anyPeriodOpen:
        "Names {name}, a known candidate, while the {period} pre-election period is open. Council publicity must not feature candidates now.",
      known:
        "Names {name}, a known election candidate. Mention them only in their civic role, never their campaign.",
    },
  },
  check(ctx) {
    if (ctx.context.candidates.length === 0) return;
    const open = ctx.context.openElectionPeriods;
    const matches = longestMatches(
      matcherFor(ctx).match(
        ctx.analysed.tokens,
        ctx.analysed.summary.nonAscii === 0,
        ctx.analysed.wordHashes,
      ),
    );
    for (const m of matches) {
      const span = { start: m.start, end: m.end };
      const { name, periods } = m.value;
      if (ctx.kind === "personal") {
        ctx.report({ messageId: "known", data: { name }, span });
      } else if (periods.length > 0) {
        ctx.report({ messageId: "inPeriod", data: { name, period: periods[0]! }, span, severity: "block" });
      } else if (open.length > 0) {
        ctx.report({
          messageId: "anyPeriodOpen",
          data: { name, period: open[0]!.name },
          span,
          severity: "block",
        });
      } else {
        ctx.report({ messageId: "known", data: { name }, span, severity: "advice" });
      }
    }
  },
});
