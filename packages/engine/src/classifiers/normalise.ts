import { HOMOGLYPHS } from "./homoglyphs.ts";

/**
 * Turns text into the words the classifiers see, undoing the usual tricks for getting abuse
 * past filters: look-alike letters, fullwidth forms, accents, zero-width characters,
 * leetspeak ("sh1t"), masking ("f*ck"), stretching ("fuuuuck") and spacing ("f u c k").
 * One pass over the text; every word keeps the UTF-16 span it came from.
 */
export interface NormalWord {
  text: string;
  start: number;
  end: number;
}

/** Words the abuse model weighs most, used to read masked and stretched words. */
export interface Lexicon {
  has(word: string): boolean;
  /** Candidates of one length, strongest first. */
  ofLength(length: number): readonly string[];
}

export const MENTION = "@user";
const MASK = "*";

// Character classes.
const SEP = 0;
const LETTER = 1;
const DIGIT = 2;
const LEET = 3; // @ $ ! | + standing in for letters inside a word
const MASKING = 4; // * hiding a letter
const APOSTROPHE = 5;
const HASH = 6;
const IGNORE = 7; // zero-width, combining marks, variation selectors: vanish without splitting
const SYMBOL = 8; // emoji and pictographs: a word on their own

interface Folded {
  cls: number;
  text: string;
}

const LEET_DIGITS: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "6": "g",
  "7": "t",
  "8": "b",
  "9": "g",
};
const LEET_SYMBOLS: Record<string, string> = { "@": "a", $: "s", "!": "i", "|": "l", "+": "t" };

const ASCII: Folded[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let cls = SEP;
  let text = ch;
  if (c >= 65 && c <= 90) {
    cls = LETTER;
    text = ch.toLowerCase();
  } else if (c >= 97 && c <= 122) cls = LETTER;
  else if (c >= 48 && c <= 57) cls = DIGIT;
  else if (ch in LEET_SYMBOLS) cls = LEET;
  else if (ch === "*") cls = MASKING;
  else if (ch === "'") cls = APOSTROPHE;
  else if (ch === "#") cls = HASH;
  ASCII.push({ cls, text });
}

const IGNORABLE = /^[\p{M}\p{Cf}]$/u;
const MARKS = /\p{M}/gu;
const IS_LETTER = /^\p{L}+$/u;
const IS_PICTOGRAPH = /^[\p{So}\p{Extended_Pictographic}]$/u;
const foldCache = new Map<number, Folded>();

function foldNonAscii(cp: number): Folded {
  const cached = foldCache.get(cp);
  if (cached) return cached;
  const ch = String.fromCodePoint(cp);
  let folded: Folded;
  if (cp === 0x2019 || cp === 0x2018) folded = { cls: APOSTROPHE, text: "'" };
  else if (IGNORABLE.test(ch) || cp === 0xad) folded = { cls: IGNORE, text: "" };
  else if (IS_PICTOGRAPH.test(ch)) folded = { cls: SYMBOL, text: ch };
  else {
    let text = "";
    for (const c of ch.normalize("NFKD").replace(MARKS, "").toLowerCase()) text += HOMOGLYPHS.get(c) ?? c;
    if (text.length === 1 && text.charCodeAt(0) < 128) folded = ASCII[text.charCodeAt(0)]!;
    else if (text.length > 0 && IS_LETTER.test(text)) folded = { cls: LETTER, text };
    else folded = { cls: SEP, text: "" };
  }
  if (foldCache.size < 4096) foldCache.set(cp, folded);
  return folded;
}

/** Scratch for the pieces of the word being read; grown, never shrunk, so screening allocates little. */
let pieceCls: Uint8Array = new Uint8Array(64);
let pieceStart: Int32Array = new Int32Array(64);
let pieceEnd: Int32Array = new Int32Array(64);
const pieceText: string[] = [];
let pieces = 0;

function grownBytes(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

function grownInts(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function pushPiece(cls: number, text: string, start: number, end: number): void {
  if (pieces === pieceCls.length) {
    pieceCls = grownBytes(pieceCls);
    pieceStart = grownInts(pieceStart);
    pieceEnd = grownInts(pieceEnd);
  }
  pieceCls[pieces] = cls;
  pieceStart[pieces] = start;
  pieceEnd[pieces] = end;
  pieceText[pieces] = text;
  pieces++;
}

/** Letters and digits start a word; so do $ and @ directly before a letter ("$hit", "@ss"). */
function keepsLeading(i: number, last: number): boolean {
  const cls = pieceCls[i];
  if (cls === LETTER || cls === DIGIT) return true;
  return (pieceText[i] === "$" || pieceText[i] === "@") && i < last && pieceCls[i + 1] === LETTER;
}

function hasRunOfThree(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

function resolveStretched(word: string, lexicon: Lexicon | undefined): string {
  if (!hasRunOfThree(word)) return word;
  // Runs of three or more become two ("coool" -> "cool"), or one when that makes a known word.
  let two = "";
  let one = "";
  let stretched = false;
  for (let i = 0; i < word.length;) {
    const ch = word[i]!;
    let j = i + 1;
    while (j < word.length && word[j] === ch) j++;
    const run = j - i;
    // Masks are letters hidden one for one, not stretching.
    const stretch = run >= 3 && ch !== MASK;
    if (stretch) stretched = true;
    two += stretch ? ch + ch : word.slice(i, j);
    one += stretch ? ch : word.slice(i, j);
    i = j;
  }
  if (!stretched) return word;
  return lexicon?.has(one) ? one : two;
}

function resolveMasked(word: string, lexicon: Lexicon | undefined): string {
  if (!lexicon) return word;
  for (const candidate of lexicon.ofLength(word.length)) {
    let fits = true;
    for (let i = 0; i < word.length && fits; i++) {
      const w = word.charCodeAt(i);
      if (w !== 42 && w !== candidate.charCodeAt(i)) fits = false;
    }
    if (fits) return candidate;
  }
  return word;
}

/**
 * True when the word's pieces are one ASCII letter or apostrophe each, side by side in the
 * source: its text is then the source slice in lower case, without building it piece by piece.
 */
function isPlainAscii(source: string, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const cls = pieceCls[i];
    if (cls !== LETTER && cls !== APOSTROPHE) return false;
    const start = pieceStart[i]!;
    if (pieceEnd[i]! - start !== 1 || source.charCodeAt(start) >= 128) return false;
    if (i > first && pieceEnd[i - 1] !== start) return false;
  }
  return true;
}

function flush(words: NormalWord[], lexicon: Lexicon | undefined, source: string): void {
  let first = 0;
  let last = pieces - 1;
  pieces = 0;
  // A leading @ followed by a name is a mention; "@ss" is a masked word.
  if (last >= 0 && pieceCls[first] === LEET && pieceText[first] === "@") {
    let nameLength = 0;
    for (let i = first + 1; i <= last; i++) if (pieceCls[i] === LETTER || pieceCls[i] === DIGIT) nameLength++;
    if (nameLength >= 4) {
      words.push({ text: MENTION, start: pieceStart[first]!, end: pieceEnd[last]! });
      return;
    }
  }
  while (first <= last && !keepsLeading(first, last)) first++;
  // Trailing masks stay ("f***"), trailing punctuation goes ("fuck!!!").
  while (last >= first && pieceCls[last] !== LETTER && pieceCls[last] !== DIGIT && pieceCls[last] !== MASKING)
    last--;
  if (first > last) return;
  let letters = 0;
  let masks = 0;
  for (let i = first; i <= last; i++) {
    if (pieceCls[i] === LETTER) letters++;
    else if (pieceCls[i] === MASKING) masks++;
  }
  let text = "";
  if (letters === 0) {
    for (let i = first; i <= last; i++) if (pieceCls[i] === DIGIT) text += pieceText[i];
    if (text.length > 0) words.push({ text, start: pieceStart[first]!, end: pieceEnd[last]! });
    return;
  }
  if (masks === 0 && isPlainAscii(source, first, last)) {
    text = resolveStretched(source.slice(pieceStart[first], pieceEnd[last]).toLowerCase(), lexicon);
    words.push({ text, start: pieceStart[first]!, end: pieceEnd[last]! });
    return;
  }
  for (let i = first; i <= last; i++) {
    const cls = pieceCls[i]!;
    const piece = pieceText[i]!;
    if (cls === LETTER) text += piece;
    else if (cls === DIGIT) text += LEET_DIGITS[piece] ?? piece;
    else if (cls === LEET) text += LEET_SYMBOLS[piece] ?? "";
    else if (cls === MASKING) text += MASK;
    else if (cls === APOSTROPHE) text += "'";
  }
  text = resolveStretched(text, lexicon);
  if (masks > 0) text = resolveMasked(text, lexicon);
  words.push({ text, start: pieceStart[first]!, end: pieceEnd[last]! });
}

function isSpacer(code: number): boolean {
  return code === 32 || code === 46 || code === 45 || code === 95;
}

/** "f u c k", "f.u.c.k": three or more one-letter words with short gaps become one word. */
function joinSpacedLetters(text: string, words: NormalWord[], lexicon: Lexicon | undefined): NormalWord[] {
  const out: NormalWord[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i + 1;
    if (words[i]!.text.length === 1) {
      while (j < words.length && words[j]!.text.length === 1 && words[j]!.start - words[j - 1]!.end <= 3) {
        let spaced = true;
        for (let k = words[j - 1]!.end; k < words[j]!.start && spaced; k++)
          spaced = isSpacer(text.charCodeAt(k));
        if (!spaced) break;
        j++;
      }
    }
    if (j - i >= 3) {
      let joined = "";
      for (let k = i; k < j; k++) {
        const t = words[k]!.text;
        joined += LEET_DIGITS[t] ?? t;
      }
      out.push({ text: resolveStretched(joined, lexicon), start: words[i]!.start, end: words[j - 1]!.end });
    } else {
      for (let k = i; k < j; k++) out.push(words[k]!);
    }
    i = j;
  }
  return out;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Set by plainWordEnd: whether the word it read has an upper-case letter, and a run of three. */
let plainUpper = false;
let plainRun = false;

/**
 * Where a word of only ASCII letters and apostrophes starting at `from` ends, when it ends at
 * the end of the text or at an ASCII separator; 0 when anything else follows (digits, leet
 * symbols, masks, "#", other scripts, invisible characters), which the general path reads.
 * Notes on the way whether the word needs lower-casing or has a stretched run, so that most
 * words need neither pass.
 */
function plainWordEnd(text: string, from: number): number {
  const first = text.charCodeAt(from);
  let upper = first <= 90;
  let run = false;
  let before = -1;
  let previous = first | 32;
  let i = from + 1;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!(isAsciiLetter(code) || code === 39)) {
      if (code >= 128 || ASCII[code]!.cls !== SEP) return 0;
      break;
    }
    if (code <= 90) upper ||= code >= 65;
    const lower = code | 32;
    if (lower === previous && lower === before) run = true;
    before = previous;
    previous = lower;
    i++;
  }
  plainUpper = upper;
  plainRun = run;
  return i;
}

export function normaliseWords(text: string, lexicon?: Lexicon): NormalWord[] {
  const words: NormalWord[] = [];
  pieces = 0;
  let hasSingles = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    let cp = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (pieces === 0 && isAsciiLetter(code)) {
      const end = plainWordEnd(text, i);
      if (end > 0) {
        // Letters and apostrophes up to a plain separator: what flush would make of their pieces.
        let last = end;
        while (text.charCodeAt(last - 1) === 39) last--;
        const slice = text.slice(i, last);
        const lower = plainUpper ? slice.toLowerCase() : slice;
        const word = plainRun ? resolveStretched(lower, lexicon) : lower;
        words.push({ text: word, start: i, end: last });
        if (word.length === 1) hasSingles++;
        i = end;
        continue;
      }
    }
    const folded = cp < 128 ? ASCII[cp]! : foldNonAscii(cp);
    const cls = folded.cls;
    if (cls === IGNORE) {
      // Vanishes without ending the word: "f\u200buck" is "fuck".
    } else if (cls === SEP || cls === SYMBOL || (cls === HASH && pieces > 0)) {
      if (pieces > 0) {
        const before = words.length;
        flush(words, lexicon, text);
        if (words.length > before && words[words.length - 1]!.text.length === 1) hasSingles++;
      }
      if (cls === SYMBOL) words.push({ text: folded.text, start: i, end: i + width });
    } else if (cls !== HASH) {
      pushPiece(cls, folded.text, i, i + width);
    }
    i += width;
  }
  if (pieces > 0) {
    const before = words.length;
    flush(words, lexicon, text);
    if (words.length > before && words[words.length - 1]!.text.length === 1) hasSingles++;
  }
  return hasSingles >= 3 ? joinSpacedLetters(text, words, lexicon) : words;
}
