import { defineRule, everyKind } from "../../rule.ts";

const MAX_WORDS = 35;

/** True when the gap between two words ends a sentence: ". ", "!", "?" or a line break. */
function gapEndsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === "\n" || ch === "\r") return true;
    if ((ch === "." || ch === "!" || ch === "?") && (i + 1 >= to || /\s/.test(text[i + 1]!))) return true;
  }
  return false;
}

export const longSentenceRule = defineRule({
  meta: {
    id: "accessibility/long-sentence",
    category: "accessibility",
    clauses: ["procedure.9.g"],
    defaultSeverity: everyKind("advice"),
    description: `Finds sentences of more than ${MAX_WORDS} words, which are hard to follow for many readers.`,
    messages: {
      long: "This sentence has {words} words. Sentences under 25 words are easier for everyone to read; try splitting it.",
    },
  },
  check(ctx) {
    const tokens = ctx.analysed.tokens;
    if (tokens.length <= MAX_WORDS) return; // no sentence can be too long
    let first = 0;
    for (let i = 1; i <= tokens.length; i++) {
      const ends = i === tokens.length || gapEndsSentence(ctx.text, tokens[i - 1]!.end, tokens[i]!.start);
      if (!ends) continue;
      const words = i - first;
      if (words > MAX_WORDS) {
        ctx.report({
          messageId: "long",
          data: { words },
          span: { start: tokens[first]!.start, end: tokens[i - 1]!.end },
        });
      }
      first = i;
    }
  },
});
