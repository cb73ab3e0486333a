import type { Span } from "../types.ts";

/**
 * Finds links written in text: anything starting "http://", "https://" or "www." up to the
 * next space or quote, minus trailing punctuation. One forward pass; no regular expression.
 */
const MAX_URL = 2048;

/**
 * Whether `prefix` (lower-case ASCII) starts at i, ignoring ASCII case. No other character
 * lower-cases to one of the prefix characters, so this matches lower-casing the text first.
 */
function startsAt(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(i + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

function endsUrl(code: number): boolean {
  return code <= 32 || code === 34 || code === 60 || code === 62 || code === 0x201c || code === 0x201d;
}

function isTrailingPunctuation(code: number): boolean {
  // . , ; : ! ? ) ] ' ’
  return (
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 33 ||
    code === 63 ||
    code === 41 ||
    code === 93 ||
    code === 39 ||
    code === 0x2019
  );
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Where the first link could start: every link has "://" at 4 or 5 past its start, or "w." or
 * "W." at 2 past it. Most texts have none of these, and indexOf finds that far faster than a
 * loop over every character; n when there is none.
 */
function firstCandidate(text: string): number {
  let first = text.length;
  const scheme = text.indexOf("://");
  if (scheme >= 0) first = scheme - 5;
  const lower = text.indexOf("w.");
  if (lower >= 0 && lower - 2 < first) first = lower - 2;
  const upper = text.indexOf("W.");
  if (upper >= 0 && upper - 2 < first) first = upper - 2;
  return Math.max(first, 0);
}

/**
 * A link's body: everything up to a space, a control character, a quote or an angle bracket,
 * at most MAX_URL characters. One character class read by the regular expression engine's
 * own loop (linear, no backtracking), far faster than a loop over charCodeAt.
 */
const URL_BODY = /[^\x00-\x20"<>\u201c\u201d]{0,2048}/y;

export function findUrls(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let i = firstCandidate(text);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (
      (c === 104 || c === 72 || c === 119 || c === 87) &&
      (i === 0 || !isWordCode(text.charCodeAt(i - 1)))
    ) {
      const prefix = startsAt(text, i, "https://")
        ? 8
        : startsAt(text, i, "http://")
          ? 7
          : startsAt(text, i, "www.")
            ? 4
            : 0;
      if (prefix > 0 && i + prefix < n && !endsUrl(text.charCodeAt(i + prefix))) {
        URL_BODY.lastIndex = i + prefix;
        URL_BODY.test(text);
        let end = Math.min(URL_BODY.lastIndex, i + MAX_URL);
        while (end > i + prefix && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
        spans.push({ start: i, end });
        i = end;
        continue;
      }
    }
    i++;
  }
  return spans;
}

let lastText: string | undefined;
let lastSpans: readonly Span[] = [];

/**
 * The links of a text, found once for the text models and the link rule that both read them:
 * the rules of one screen run one after another, so remembering the last text is enough.
 */
export function urlSpans(text: string): readonly Span[] {
  if (text !== lastText) {
    lastSpans = findUrls(text);
    lastText = text;
  }
  return lastSpans;
}
