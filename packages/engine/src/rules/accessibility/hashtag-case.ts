import { segmentWords } from "../../detectors/lexicon/word-segmenter.ts";
import { isHashtag } from "../../detectors/lexicon/word-shape.ts";
import { defineRule, everyKind } from "../../rule.ts";

/** All-capital tags up to this many letters are acronyms (#NHS, #FCERM) and read fine. */
const ACRONYM_LETTERS = 5;
const MAX_TAG_LENGTH = 100;
/** Share of letters that must be known words before a lower-case tag is split. */
const MIN_KNOWN_SHARE = 0.6;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

interface Suggestion {
  tag: string;
  words: number;
  knownShare: number;
}

// Accounts reuse the same tags in post after post.
const suggestions = new Map<string, Suggestion | undefined>();
const MAX_CACHED = 4096;

/** "#floodwarningmalvern" → "#FloodWarningMalvern"; undefined when the tag cannot be split. */
export function camelCaseSuggestion(body: string): Suggestion | undefined {
  if (suggestions.has(body)) return suggestions.get(body);
  const result = suggest(body);
  if (suggestions.size >= MAX_CACHED) suggestions.clear();
  suggestions.set(body, result);
  return result;
}

function suggest(body: string): Suggestion | undefined {
  const parts = body.split(/([^A-Za-z]+)/);
  let tag = "";
  let words = 0;
  let known = 0;
  let letters = 0;
  for (const part of parts) {
    if (!/^[A-Za-z]+$/.test(part)) {
      tag += part;
      continue;
    }
    const segmentation = segmentWords(part.toLowerCase());
    if (!segmentation) return undefined;
    tag += segmentation.words.map(capitalise).join("");
    words += segmentation.words.length;
    known += segmentation.knownShare * part.length;
    letters += part.length;
  }
  return { tag: `#${tag}`, words, knownShare: letters === 0 ? 0 : known / letters };
}

export const hashtagCaseRule = defineRule({
  meta: {
    id: "accessibility/hashtag-case",
    category: "accessibility",
    clauses: ["procedure.9.g"],
    defaultSeverity: everyKind("advice"),
    description:
      "Finds hashtags of several words not written in CamelCase, which screen readers read as one word.",
    messages: {
      camelCase:
        "Write this hashtag as {suggestion} so screen readers read each word, and it is easier for everyone to read.",
      capitals:
        "Hashtags in capitals are hard to read and screen readers may spell them out. Write it as {suggestion}.",
    },
  },
  needs: ["hashes"],
  check(ctx) {
    if (ctx.analysed.summary.hashes === 0) return;
    for (const token of ctx.analysed.tokens) {
      if (!isHashtag(ctx.text, token)) continue;
      const body = token.text;
      // Nobody writes a hashtag this long on purpose; keep hostile input out of the cache.
      if (body.length > MAX_TAG_LENGTH) continue;
      if (/[^A-Za-z0-9]/.test(body)) continue; // non-Latin tags: no segmentation to offer
      const hasLower = /[a-z]/.test(body);
      if (hasLower && /[A-Z]/.test(body.slice(1))) continue; // already CamelCase
      const letterCount = body.replace(/[^A-Za-z]/g, "").length;
      const span = { start: token.start - 1, end: token.end };
      if (!hasLower) {
        if (letterCount <= ACRONYM_LETTERS) continue;
        const s = camelCaseSuggestion(body);
        const suggestion =
          s && s.knownShare >= MIN_KNOWN_SHARE ? s.tag : `#${capitalise(body.toLowerCase())}`;
        ctx.report({ messageId: "capitals", data: { suggestion }, span, suggestion });
        continue;
      }
      const s = camelCaseSuggestion(body);
      if (!s || s.words < 2 || s.knownShare < MIN_KNOWN_SHARE) continue;
      ctx.report({ messageId: "camelCase", data: { suggestion: s.tag }, span, suggestion: s.tag });
    }
  },
});
