/** A run of non-space characters with trailing punctuation trimmed: the unit secrets are written in. */
export interface Chunk {
  start: number;
  end: number;
  text: string;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
/** Longest chunk worth reading: long enough for a JWT, short enough to bound work per chunk. */
const MAX_CHUNK = 4096;

/** One pass splitting text at whitespace; over-long chunks are skipped whole. */
export function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    let end = i;
    while (end > start && ".,;!?)]}\"'”’".includes(text[end - 1]!)) end--;
    let s = start;
    while (s < end && "([{\"'“‘".includes(text[s]!)) s++;
    if (end > s && end - s <= MAX_CHUNK) out.push({ start: s, end, text: text.slice(s, end) });
  }
  return out;
}
