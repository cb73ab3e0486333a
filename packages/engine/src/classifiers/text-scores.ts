import { abuseModel } from "../models/abuse.ts";
import { abuseLexiconWords } from "../models/abuse-lexicon.ts";
import { disparagementModel } from "../models/disparagement.ts";
import { hateModel } from "../models/hate.ts";
import { politicalModel } from "../models/political.ts";
import { createFeatureBuffer, featurise } from "./features.ts";
import { calibrate, int8Weights } from "./model.ts";
import { MENTION, type Lexicon, type NormalWord } from "./normalise.ts";
import { ownCount, ownSum, ownSumsAt } from "./own-sums.ts";
import { isLoneUrl, textWords, URL_WORD } from "./text-words.ts";

/**
 * Scores one text with the four text models at once. The text is normalised and hashed once;
 * the weights of the four models sit side by side per bucket, so each feature costs one
 * cache line. Long texts are scored in overlapping windows of words and the strongest
 * window counts, so one abusive sentence is not diluted by a long, harmless post.
 */
export const TEXT_MODELS = [abuseModel, hateModel, politicalModel, disparagementModel] as const;
export type TextModelId = "abuse" | "hate" | "political" | "disparagement";
const MODEL_COUNT = TEXT_MODELS.length;
if (TEXT_MODELS.map((m) => m.id).join() !== "abuse,hate,political,disparagement")
  throw new Error("Text models must be abuse, hate, political and disparagement, in that order");
const WINDOW = 96;
const STRIDE = 48;
const EVIDENCE_SHARE = 0.35;

export interface TextModelScore {
  probability: number;
  /** Words of the strongest window, as indices into `words`. */
  windowStart: number;
  windowEnd: number;
}

export interface TextScores {
  words: NormalWord[];
  byModel: Readonly<Record<TextModelId, TextModelScore>>;
}

let packed: Int32Array | undefined;
let lexicon: Lexicon | undefined;
const buffer = createFeatureBuffer(4096);
/** Per word, the summed int8 weights of its features for each model (word-major); reused across texts. */
let sums = new Int32Array(256 * MODEL_COUNT);
let counts = new Int32Array(256);
/** Per word, its hash from SEED_WORD, as the featuriser works it out. */
let wordHashes = new Int32Array(256);

const TEXT_BITS = TEXT_MODELS[0].bits;
if (TEXT_MODELS.some((m) => m.bits !== TEXT_BITS)) throw new Error("Text models must share one hash size");

/**
 * The four models' int8 weights packed into one 32-bit integer per bucket (model m in byte m):
 * 1 MB instead of 4 MB as floats, and one load per feature instead of four, so far more of the
 * table stays in cache and the loads of neighbouring features overlap. Each model's scale is
 * applied once per word.
 */
function weights(): Int32Array {
  if (packed) return packed;
  const size = 1 << TEXT_BITS;
  const all = new Int32Array(size);
  TEXT_MODELS.forEach((model, m) => {
    const raw = int8Weights(model);
    if (raw.length !== size)
      throw new Error(`Model ${model.id}: expected ${size} weights, found ${raw.length}`);
    for (let i = 0; i < size; i++) all[i]! |= (raw[i]! & 0xff) << (8 * m);
  });
  packed = all;
  return all;
}

const SCALES = Float32Array.from(TEXT_MODELS, (m) => m.scale);

export function abuseLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const set = new Set(abuseLexiconWords);
  const byLength = new Map<number, string[]>();
  for (const w of abuseLexiconWords) {
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  lexicon = { has: (w) => set.has(w), ofLength: (n) => byLength.get(n) ?? [] };
  return lexicon;
}

function ensureWords(words: number): void {
  if (counts.length >= words) return;
  let size = counts.length * 2;
  while (size < words) size *= 2;
  counts = new Int32Array(size);
  wordHashes = new Int32Array(size);
  sums = new Int32Array(size * MODEL_COUNT);
}

/**
 * Each word's remembered own sums, plus the four packed weights of each feature that depends
 * on context (the pair with the word before, cues, negated copies). Features of one word come
 * in a run, so the sums stay in registers until the word changes; integer sums of int8
 * weights are exact, so the order of adding does not matter.
 */
function accumulate(table: Int32Array, words: readonly NormalWord[]): void {
  for (let w = 0; w < words.length; w++) {
    const at = ownSumsAt(words[w]!.text, wordHashes[w]!, TEXT_BITS, table);
    const out = w * MODEL_COUNT;
    sums[out] = ownSum(at, 0);
    sums[out + 1] = ownSum(at, 1);
    sums[out + 2] = ownSum(at, 2);
    sums[out + 3] = ownSum(at, 3);
    counts[w] = ownCount(at);
  }
  const { buckets, wordOf } = buffer;
  const total = buffer.count;
  let i = 0;
  while (i < total) {
    const w = wordOf[i]!;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let n = 0;
    for (; i < total && wordOf[i] === w; i++) {
      const p = table[buckets[i]!]!;
      s0 += (p << 24) >> 24;
      s1 += (p << 16) >> 24;
      s2 += (p << 8) >> 24;
      s3 += p >> 24;
      n++;
    }
    const out = w * MODEL_COUNT;
    sums[out]! += s0;
    sums[out + 1]! += s1;
    sums[out + 2]! += s2;
    sums[out + 3]! += s3;
    counts[w]! += n;
  }
}

/** Word w's contribution to model m: the word's summed int8 weights times the scale, as a float32. */
function contribution(w: number, m: number): number {
  return Math.fround(sums[w * MODEL_COUNT + m]! * SCALES[m]!);
}

const BIASES = Float64Array.from(TEXT_MODELS, (m) => m.bias);
const bestLogit = new Float64Array(MODEL_COUNT);
const bestStart = new Int32Array(MODEL_COUNT);
const bestEnd = new Int32Array(MODEL_COUNT);

/** Keeps the window if it is model m's strongest so far. */
function consider(m: number, sum: number, n: number, unit: number, start: number, end: number): void {
  const logit = BIASES[m]! + (n > 0 ? sum / unit : 0);
  if (logit > bestLogit[m]!) {
    bestLogit[m] = logit;
    bestStart[m] = start;
    bestEnd[m] = end;
  }
}

/** The strongest window of each model; windows are summed word by word in order, as a whole text is. */
function bestWindows(words: number): Record<TextModelId, TextModelScore> {
  for (let m = 0; m < MODEL_COUNT; m++) {
    bestLogit[m] = -Infinity;
    bestStart[m] = 0;
    bestEnd[m] = words;
  }
  for (let start = 0; start === 0 || start + STRIDE < words; start += STRIDE) {
    const end = Math.min(words, start + WINDOW);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let n = 0;
    for (let w = start; w < end; w++) {
      s0 += contribution(w, 0);
      s1 += contribution(w, 1);
      s2 += contribution(w, 2);
      s3 += contribution(w, 3);
      n += counts[w]!;
    }
    const unit = n > 0 ? Math.sqrt(n) : 0;
    consider(0, s0, n, unit, start, end);
    consider(1, s1, n, unit, start, end);
    consider(2, s2, n, unit, start, end);
    consider(3, s3, n, unit, start, end);
  }
  return { abuse: scoreOf(0), hate: scoreOf(1), political: scoreOf(2), disparagement: scoreOf(3) };
}

/** Model m's calibrated best window. */
function scoreOf(m: number): TextModelScore {
  return {
    probability: calibrate(TEXT_MODELS[m]!, bestLogit[m]!),
    windowStart: bestStart[m]!,
    windowEnd: bestEnd[m]!,
  };
}

/** The words whose sums are in `sums` and `counts`: those of the last text scored. */
let summedWords: readonly NormalWord[] | undefined;

/** Sums each word's features for the four models into `sums` and `counts`. */
function sumWords(words: readonly NormalWord[]): void {
  const table = weights();
  ensureWords(words.length);
  featurise(words, TEXT_BITS, buffer, false, wordHashes);
  accumulate(table, words);
  summedWords = words;
}

/** Scores of a text with no words of its author's: nothing to judge, so no model leans anywhere. */
const UNSCORED: Readonly<Record<TextModelId, TextModelScore>> = Object.freeze({
  abuse: Object.freeze({ probability: 0, windowStart: 0, windowEnd: 0 }),
  hate: Object.freeze({ probability: 0, windowStart: 0, windowEnd: 0 }),
  political: Object.freeze({ probability: 0, windowStart: 0, windowEnd: 0 }),
  disparagement: Object.freeze({ probability: 0, windowStart: 0, windowEnd: 0 }),
});

/**
 * Whether any word is the author's own: links and mentions stand in as placeholder words, and
 * a text of nothing else (a pasted address, "@someone https://...") says nothing a model
 * could judge. Scoring the placeholders alone gave every bare link the models' prior, which
 * for the political model is above its advice threshold.
 */
function hasAuthorWords(words: readonly NormalWord[]): boolean {
  for (const word of words) if (word.text !== URL_WORD && word.text !== MENTION) return true;
  return false;
}

export function scoreText(text: string): TextScores {
  // A lone link needs no normalising: every word the normaliser would read lies inside it.
  if (isLoneUrl(text)) return { words: [{ text: URL_WORD, start: 0, end: text.length }], byModel: UNSCORED };
  const words = textWords(text, abuseLexicon());
  if (!hasAuthorWords(words)) return { words, byModel: UNSCORED };
  sumWords(words);
  return { words, byModel: bestWindows(words.length) };
}

const MODEL_INDEX: Readonly<Record<TextModelId, number>> = {
  abuse: 0,
  hate: 1,
  political: 2,
  disparagement: 3,
};
/** The summed int8 weights of the words in topWords' list, kept from call to call. */
let topSum = new Int32Array(4);

/**
 * Whether word a ranks before word b as evidence: a higher contribution, or the same one
 * earlier in the text. A contribution is the word's integer sum times the model's scale,
 * which is positive, and distinct sums stay distinct in float32, so the sums rank the words
 * as their contributions do.
 */
function ranksBefore(sumA: number, a: NormalWord, sumB: number, b: NormalWord): boolean {
  return sumA > sumB || (sumA === sumB && a.start < b.start);
}
if (TEXT_MODELS.some((m) => !(m.scale > 0))) throw new Error("Text models must have positive scales");

/** Word indices of topWords' list, kept from call to call. */
let topAt = new Int32Array(4);

/** Whether words a and b of the summed text are the same word; their hashes settle most pairs. */
function sameWord(words: readonly NormalWord[], a: number, b: number): boolean {
  return wordHashes[a] === wordHashes[b] && words[a]!.text === words[b]!.text;
}

/**
 * The words that pushed one model's score up most, strongest first: the best occurrence of
 * each distinct word, kept in a short ranked list while the window is read once.
 */
export function topWords(scores: TextScores, id: TextModelId, limit = 3): NormalWord[] {
  const m = MODEL_INDEX[id];
  const { windowStart, windowEnd } = scores.byModel[id];
  const { words } = scores;
  // Evidence is asked for in the screen that scored the text; any other text is summed again.
  if (summedWords !== words) sumWords(words);
  if (topSum.length < limit) {
    topSum = new Int32Array(limit);
    topAt = new Int32Array(limit);
  }
  let size = 0;
  for (let w = windowStart; w < windowEnd; w++) {
    const sum = sums[w * MODEL_COUNT + m]!;
    // A word that adds nothing, or less than the weakest of a full list, cannot enter it.
    if (sum <= 0 || (size === limit && sum < topSum[limit - 1]!)) continue;
    const word = words[w]!;
    // The word's place in the list: where it stands already, or past the end.
    let at = 0;
    while (at < size && !sameWord(words, topAt[at]!, w)) at++;
    if (at === size) {
      if (at === limit && !ranksBefore(sum, word, topSum[at - 1]!, words[topAt[at - 1]!]!)) continue;
      if (at === limit) at--;
      else size++;
    } else if (!ranksBefore(sum, word, topSum[at]!, words[topAt[at]!]!)) continue;
    // Move weaker entries down one and put the word where it ranks.
    while (at > 0 && ranksBefore(sum, word, topSum[at - 1]!, words[topAt[at - 1]!]!)) {
      topAt[at] = topAt[at - 1]!;
      topSum[at] = topSum[at - 1]!;
      at--;
    }
    topAt[at] = w;
    topSum[at] = sum;
  }
  // Words far weaker than the strongest ("a", "are") are along for the ride, not evidence.
  const floor = size > 0 ? contribution(topAt[0]!, m) * EVIDENCE_SHARE : 0;
  const top: NormalWord[] = [];
  for (let k = 0; k < size && contribution(topAt[k]!, m) >= floor; k++) top.push(words[topAt[k]!]!);
  return top;
}

let lastKey: object | undefined;
let lastScores: TextScores | undefined;

/**
 * Scores once per screened text, shared by the four rules that read them. The rules of one
 * screen run one after another, so remembering the last screen is enough (a WeakMap entry per
 * screen costs the garbage collector more than the look-up saves).
 */
export function textScoresFor(key: object, text: string): TextScores {
  if (key !== lastKey || !lastScores) {
    lastScores = scoreText(text);
    lastKey = key;
  }
  return lastScores;
}
