import { lexiconMatches } from "../../detectors/lexicon/screening-lexicon.ts";
import { defineRule } from "../../rule.ts";

const HEADING = "CONFIDENTIAL";

export const markerRule = defineRule({
  meta: {
    id: "confidential/marker",
    category: "confidential",
    clauses: ["procedure.8.b", "procedure.9.j"],
    defaultSeverity: { post: "approval", reply: "approval", personal: "advice" },
    description:
      "Finds words that mark material as confidential: exempt information, Part 2 items, legal privilege.",
    messages: {
      marker:
        '"{phrase}" marks material that is not for the public. Check nothing confidential is being published.',
    },
  },
  check(ctx) {
    const found = lexiconMatches(ctx.analysed, "confidential-marker").map((m) => ({
      start: m.start,
      end: m.end,
    }));
    // A heading in capitals is a marker however it is used.
    // The word has twelve capitals; most texts have fewer in all.
    if (ctx.analysed.summary.upper >= HEADING.length)
      for (const t of ctx.analysed.tokens) if (t.text === HEADING) found.push({ start: t.start, end: t.end });
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const f of found) {
      if (f.start < reach) continue;
      reach = f.end;
      ctx.report({ messageId: "marker", data: { phrase: ctx.text.slice(f.start, f.end) }, span: f });
    }
  },
});
