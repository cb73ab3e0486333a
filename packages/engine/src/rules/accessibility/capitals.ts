import { defineRule, everyKind } from "../../rule.ts";
import type { Token } from "../../text/tokenize.ts";

/** A run of this many words in capitals reads as shouting and is hard to read. */
const MIN_RUN = 4;

type Shape = "capitals" | "neutral" | "other";

function shapeOf(text: string, token: Token): Shape {
  const before = token.start > 0 ? text[token.start - 1] : "";
  if (before === "#" || before === "@") return "neutral";
  // Read from the text itself, so the token's own string is never needed.
  let upper = 0;
  for (let i = token.start; i < token.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return "other";
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 128) {
      const ch = text[i]!;
      if (ch !== ch.toUpperCase()) return "other";
      if (ch !== ch.toLowerCase()) upper++;
    }
  }
  // Numbers and single capitals ("A", "I") neither start nor break a run.
  return upper >= 2 ? "capitals" : "neutral";
}

export const capitalsRule = defineRule({
  meta: {
    id: "accessibility/capitals",
    category: "accessibility",
    clauses: ["procedure.9.g"],
    defaultSeverity: everyKind("advice"),
    description: `Finds runs of ${MIN_RUN} or more words in capitals, which are hard to read and read as shouting.`,
    messages: {
      capitals:
        "Text in capitals is harder to read and comes across as shouting. Use sentence case; acronyms are fine.",
    },
  },
  needs: ["upper", "nonAscii"],
  check(ctx) {
    // A run needs MIN_RUN words of two capitals or more; capitals are ASCII or non-ASCII letters.
    const summary = ctx.analysed.summary;
    if (summary.upper + summary.nonAscii < 2 * MIN_RUN) return;
    const tokens = ctx.analysed.tokens;
    let runFirst = -1;
    let runLast = -1;
    let count = 0;
    for (let i = 0; i <= tokens.length; i++) {
      const shape = i < tokens.length ? shapeOf(ctx.text, tokens[i]!) : "other";
      if (shape === "capitals") {
        if (runFirst < 0) runFirst = i;
        runLast = i;
        count++;
      } else if (shape === "other" && runFirst >= 0) {
        if (count >= MIN_RUN) {
          ctx.report({
            messageId: "capitals",
            span: { start: tokens[runFirst]!.start, end: tokens[runLast]!.end },
          });
        }
        runFirst = -1;
        count = 0;
      }
    }
  },
});
