/** Small readers of URL text shared by the host and path features: counts, runs and listed words inside longer ones. */

/** How many times `c` occurs in s (indexOf skips ahead far faster than reading every code). */
export function countOf(s: string, c: string): number {
  let k = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) k++;
  return k;
}

export function digitsIn(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) k++;
  }
  return k;
}

/** Longest run of consonants: random-looking names ("xkqzvtr") have long ones. */
export function consonantRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    run = letter && !vowel ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/** Words inside a name or path: runs of letters and digits. */
export function wordsOf(s: string, limit: number): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length && out.length < limit; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    const word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Four ASCII character codes as one small integer, or -1 when one is not ASCII. */
function quadAt(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  const d = s.charCodeAt(i + 3);
  if ((a | b | c | d) >= 128) return -1;
  return (a << 21) | (b << 14) | (c << 7) | d;
}

interface InsideIndex {
  words: string[];
  /** Positions in `words` of the words of four or more letters, by their first four letters. */
  byQuad: Map<number, number[]>;
}

const insideIndexes = new Map<ReadonlySet<string>, InsideIndex>();

function insideIndex(list: ReadonlySet<string>): InsideIndex {
  let index = insideIndexes.get(list);
  if (index) return index;
  const words = [...list];
  const byQuad = new Map<number, number[]>();
  words.forEach((w, k) => {
    const quad = w.length >= 4 ? quadAt(w, 0) : -1;
    if (quad >= 0) byQuad.set(quad, [...(byQuad.get(quad) ?? []), k]);
  });
  index = { words, byQuad };
  insideIndexes.set(list, index);
  return index;
}

/**
 * Brand and credential words spelled inside a longer word ("paypalsecure", "verifyaccount").
 * Of several, the one listed first, as a scan of the list would find; the index visits only
 * the list words that begin with the four letters at each position of the word.
 */
export function listedInside(word: string, list: ReadonlySet<string>): string | undefined {
  if (list.has(word)) return word;
  if (word.length < 6) return undefined;
  const { words, byQuad } = insideIndex(list);
  let first = words.length;
  for (let i = 0; i + 4 <= word.length; i++) {
    const candidates = byQuad.get(quadAt(word, i));
    if (!candidates) continue;
    for (const k of candidates) if (k < first && word.startsWith(words[k]!, i)) first = k;
  }
  return first < words.length ? words[first] : undefined;
}
