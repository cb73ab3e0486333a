import { abuseModel } from "../models/abuse.ts";
import { abuseLexiconWords } from "../models/abuse-lexicon.ts";
import { disparagementModel } from "../models/disparagement.ts";
import { hateModel } from "../models/hate.ts";
import { politicalModel } from "../models/political.ts";
import { createFeatureBuffer, featurise } from "./features.ts";
import { calibrate, type PackedModel } from "./model.ts";
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

let interleaved: Int8Array | undefined;
let lexicon: Lexicon | undefined;
const buffer = createFeatureBuffer(4096);

function bits(): number {
  const b = TEXT_MODELS[0].bits;
  if (TEXT_MODELS.some((m) => m.bits !== b)) throw new Error("Text models must share one hash size");
  return b;
}

/**
 * The four models' int8 weights side by side per bucket: 1 MB instead of 4 MB as floats, so
 * far more of the table stays in cache. Each model's scale is applied once per word.
 */
function weights(): Int8Array {
  if (interleaved) return interleaved;
  const size = 1 << bits();
  const all = new Int8Array(size * MODEL_COUNT);
  TEXT_MODELS.forEach((model, m) => {
    const raw = atob(model.weights);
    if (raw.length !== size)
      throw new Error(`Model ${model.id}: expected ${size} weights, found ${raw.length}`);
    for (let i = 0; i < size; i++) all[i * MODEL_COUNT + m] = (raw.charCodeAt(i) << 24) >> 24;
  });
  interleaved = all;
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

function bestWindow(
  model: PackedModel,
  m: number,
  contributions: Float32Array,
  counts: Int32Array,
  words: number,
): TextModelScore {
  let best: TextModelScore = { probability: calibrate(model, model.bias), windowStart: 0, windowEnd: words };
  let bestLogit = -Infinity;
  for (let start = 0; start === 0 || start + STRIDE < words; start += STRIDE) {
    const end = Math.min(words, start + WINDOW);
    let sum = 0;
    let n = 0;
    for (let w = start; w < end; w++) {
      sum += contributions[w * MODEL_COUNT + m]!;
      n += counts[w]!;
    }
    const logit = model.bias + (n > 0 ? sum / Math.sqrt(n) : 0);
    if (logit > bestLogit) {
      bestLogit = logit;
      best = { probability: calibrate(model, logit), windowStart: start, windowEnd: end };
    }
  }
  return best;
}

export function scoreText(text: string): TextScores {
  const table = weights();
  const words = textWords(text, abuseLexicon());
  featurise(words, bits(), buffer);
  const contributions = new Float32Array(words.length * MODEL_COUNT);
  const counts = new Int32Array(words.length);
  const { buckets, wordOf } = buffer;
  for (let i = 0; i < buffer.count; i++) {
    const base = buckets[i]! * MODEL_COUNT;
    const w = wordOf[i]!;
    const out = w * MODEL_COUNT;
    counts[w]!++;
    for (let m = 0; m < MODEL_COUNT; m++) contributions[out + m]! += table[base + m]!;
  }
  for (let i = 0; i < contributions.length; i++) contributions[i]! *= SCALES[i % MODEL_COUNT]!;
  const byModel = {} as Record<TextModelId, TextModelScore>;
  for (let m = 0; m < MODEL_COUNT; m++) {
    const model = TEXT_MODELS[m]!;
    byModel[model.id as TextModelId] = bestWindow(model, m, contributions, counts, words.length);
  }
  return { words, byModel, contributions };
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

const cache = new WeakMap<object, TextScores>();

/** Scores once per screened text, shared by the four rules that read them. */
export function textScoresFor(key: object, text: string): TextScores {
  let scores = cache.get(key);
  if (!scores) {
    scores = scoreText(text);
    cache.set(key, scores);
  }
  return scores;
}
