import { normaliseWords, type Lexicon, type NormalWord } from "./normalise.ts";
import { urlSpans } from "./url-scan.ts";

/** A link stands in the text models as one placeholder word: its letters are not the author's words. */
export const URL_WORD = "<url>";

export function textWords(text: string, lexicon?: Lexicon): NormalWord[] {
  const words = normaliseWords(text, lexicon);
  const urls = urlSpans(text);
  if (urls.length === 0) return words;
  const out: NormalWord[] = [];
  let u = 0;
  for (const word of words) {
    while (u < urls.length && urls[u]!.end <= word.start) {
      out.push({ text: URL_WORD, start: urls[u]!.start, end: urls[u]!.end });
      u++;
    }
    const url = urls[u];
    if (url && word.start < url.end && word.end > url.start) continue;
    out.push(word);
  }
  for (; u < urls.length; u++) out.push({ text: URL_WORD, start: urls[u]!.start, end: urls[u]!.end });
  return out;
}

/**
 * Whether the text is one link and nothing else (half the links data set, and any pasted
 * address): its words are then exactly one URL_WORD over the whole text, since every word the
 * normaliser would read lies inside the link, so the normaliser need not read it.
 */
export function isLoneUrl(text: string): boolean {
  const urls = urlSpans(text);
  return urls.length === 1 && urls[0]!.start === 0 && urls[0]!.end === text.length;
}
