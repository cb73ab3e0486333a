import { abuseModel } from "../models/abuse.ts";
import { abuseLexiconWords } from "../models/abuse-lexicon.ts";
import { disparagementModel } from "../models/disparagement.ts";
import { hateModel } from "../models/hate.ts";
import { politicalModel } from "../models/political.ts";
import { createFeatureBuffer, featurise, ownFeatures } from "./features.ts";
import { finish, hashString, SEED_WORD } from "./hash.ts";
import { calibrate } from "./model.ts";
import type { Lexicon, NormalWord } from "./normalise.ts";
import { textWords } from "./text-words.ts";

/**
 * Scores one text with the four text models at once. The text is normalised and hashed once;
 * the weights of the four models sit side by side per bucket, so each feature costs one
 * cache line. Long texts are scored in overlapping windows of words and the strongest
 * window counts, so one abusive sentence is not diluted by a long, harmless post.
 */
export const TEXT_MODELS = [abuseModel, hateModel, politicalModel, disparagementModel] as const;
export type TextModelId = "abuse" | "hate" | "political" | "disparagement";
const MODEL_COUNT = TEXT_MODELS.length;
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
  byModel: Record<TextModelId, TextModelScore>;
  /** Per word and model: the summed weight of the word's features (word-major). */
  contributions: Float32Array;
}

let packed: Int32Array | undefined;
let lexicon: Lexicon | undefined;
const buffer = createFeatureBuffer(4096);
/** Per word, the summed int8 weights of its features for each model (word-major); reused across texts. */
let sums = new Int32Array(256 * MODEL_COUNT);
let counts = new Int32Array(256);

function bits(): number {
  const b = TEXT_MODELS[0].bits;
  if (TEXT_MODELS.some((m) => m.bits !== b)) throw new Error("Text models must share one hash size");
  return b;
}

/**
 * The four models' int8 weights packed into one 32-bit integer per bucket (model m in byte m):
 * 1 MB instead of 4 MB as floats, and one load per feature instead of four, so far more of the
 * table stays in cache and the loads of neighbouring features overlap. Each model's scale is
 * applied once per word.
 */
function weights(): Int32Array {
  if (packed) return packed;
  const size = 1 << bits();
  const all = new Int32Array(size);
  TEXT_MODELS.forEach((model, m) => {
    const raw = atob(model.weights);
    if (raw.length !== size)
      throw new Error(`Model ${model.id}: expected ${size} weights, found ${raw.length}`);
    for (let i = 0; i < size; i++) all[i]! |= (raw.charCodeAt(i) & 0xff) << (8 * m);
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

/**
 * A word's own features (the word and its character grams) are the same wherever it stands,
 * and most words of a text have been seen before, so their four weight sums and feature count
 * are remembered per word in an open-addressed table keyed by the word's hash and checked
 * against the word itself. Forgotten all at once when half full, so memory stays bounded.
 */
const OWN_SLOTS = 1 << 16;
const OWN_STRIDE = MODEL_COUNT + 1;
const ownHash = new Int32Array(OWN_SLOTS);
const ownWord: (string | undefined)[] = new Array<string | undefined>(OWN_SLOTS).fill(undefined);
const ownSums = new Int32Array(OWN_SLOTS * OWN_STRIDE);
const ownBuffer = createFeatureBuffer(256);
let ownCount = 0;

/** Index into ownSums of the word's remembered own sums, worked out on first sight. */
function ownSumsAt(word: string, table: Int32Array): number {
  const h = hashString(SEED_WORD, word);
  let slot = finish(h) & (OWN_SLOTS - 1);
  for (let known = ownWord[slot]; known !== undefined; known = ownWord[slot]) {
    if (ownHash[slot] === h && known === word) return slot * OWN_STRIDE;
    slot = (slot + 1) & (OWN_SLOTS - 1);
  }
  if (ownCount === OWN_SLOTS >> 1) {
    ownWord.fill(undefined);
    ownCount = 0;
    slot = finish(h) & (OWN_SLOTS - 1);
  }
  const { buckets, count } = ownFeatures(word, bits(), ownBuffer);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < count; i++) {
    const p = table[buckets[i]!]!;
    s0 += (p << 24) >> 24;
    s1 += (p << 16) >> 24;
    s2 += (p << 8) >> 24;
    s3 += p >> 24;
  }
  const at = slot * OWN_STRIDE;
  ownSums[at] = s0;
  ownSums[at + 1] = s1;
  ownSums[at + 2] = s2;
  ownSums[at + 3] = s3;
  ownSums[at + 4] = count;
  ownHash[slot] = h;
  ownWord[slot] = word;
  ownCount++;
  return at;
}

function ensureWords(words: number): void {
  if (counts.length >= words) return;
  let size = counts.length * 2;
  while (size < words) size *= 2;
  counts = new Int32Array(size);
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
    const at = ownSumsAt(words[w]!.text, table);
    const out = w * MODEL_COUNT;
    sums[out] = ownSums[at]!;
    sums[out + 1] = ownSums[at + 1]!;
    sums[out + 2] = ownSums[at + 2]!;
    sums[out + 3] = ownSums[at + 3]!;
    counts[w] = ownSums[at + 4]!;
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

/** The strongest window of each model; windows are summed word by word in order, as a whole text is. */
function bestWindows(contributions: Float32Array, words: number): Record<TextModelId, TextModelScore> {
  const bestLogit = [-Infinity, -Infinity, -Infinity, -Infinity];
  const bestStart = [0, 0, 0, 0];
  const bestEnd = [words, words, words, words];
  for (let start = 0; start === 0 || start + STRIDE < words; start += STRIDE) {
    const end = Math.min(words, start + WINDOW);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let n = 0;
    for (let w = start; w < end; w++) {
      const at = w * MODEL_COUNT;
      s0 += contributions[at]!;
      s1 += contributions[at + 1]!;
      s2 += contributions[at + 2]!;
      s3 += contributions[at + 3]!;
      n += counts[w]!;
    }
    const unit = n > 0 ? Math.sqrt(n) : 0;
    const windowSums = [s0, s1, s2, s3];
    for (let m = 0; m < MODEL_COUNT; m++) {
      const logit = TEXT_MODELS[m]!.bias + (n > 0 ? windowSums[m]! / unit : 0);
      if (logit > bestLogit[m]!) {
        bestLogit[m] = logit;
        bestStart[m] = start;
        bestEnd[m] = end;
      }
    }
  }
  const byModel = {} as Record<TextModelId, TextModelScore>;
  for (let m = 0; m < MODEL_COUNT; m++) {
    const model = TEXT_MODELS[m]!;
    byModel[model.id as TextModelId] = {
      probability: calibrate(model, bestLogit[m]!),
      windowStart: bestStart[m]!,
      windowEnd: bestEnd[m]!,
    };
  }
  return byModel;
}

export function scoreText(text: string): TextScores {
  const table = weights();
  const words = textWords(text, abuseLexicon());
  featurise(words, bits(), buffer, false);
  ensureWords(words.length);
  accumulate(table, words);
  const contributions = new Float32Array(words.length * MODEL_COUNT);
  for (let i = 0; i < contributions.length; i++) contributions[i] = sums[i]! * SCALES[i % MODEL_COUNT]!;
  return { words, byModel: bestWindows(contributions, words.length), contributions };
}

/** The words that pushed one model's score up most, strongest first. */
export function topWords(scores: TextScores, id: TextModelId, limit = 3): NormalWord[] {
  const m = TEXT_MODELS.findIndex((model) => model.id === id);
  const { windowStart, windowEnd } = scores.byModel[id];
  const ranked: { word: NormalWord; weight: number }[] = [];
  for (let w = windowStart; w < windowEnd; w++) {
    const weight = scores.contributions[w * MODEL_COUNT + m]!;
    if (weight > 0) ranked.push({ word: scores.words[w]!, weight });
  }
  ranked.sort((a, b) => b.weight - a.weight || a.word.start - b.word.start);
  const seen = new Set<string>();
  const out: NormalWord[] = [];
  // Words far weaker than the strongest ("a", "are") are along for the ride, not evidence.
  const floor = (ranked[0]?.weight ?? 0) * EVIDENCE_SHARE;
  for (const r of ranked) {
    if (r.weight < floor) break;
    if (seen.has(r.word.text)) continue;
    seen.add(r.word.text);
    out.push(r.word);
    if (out.length === limit) break;
  }
  return out;
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
