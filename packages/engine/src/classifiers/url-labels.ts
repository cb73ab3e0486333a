import { doubledCapacity, grownCopy } from "./grow.ts";
import { finish, hashStep, hashString, SEED_URL } from "./hash.ts";

/**
 * Where the link model's features are written: bucket numbers and values, and for each labelled
 * feature what its readable label is made of, so that a label string is built only when one is
 * read (training, evidence). A fixed label's hash is worked out once, and a label that ends in a
 * word of the link ("path word login") is hashed on from its prefix's hash, exactly as the
 * whole string would be.
 */
export interface UrlFeatureBuffer {
  count: number;
  buckets: Int32Array;
  /** 1, or HOST_GRAM_VALUE for the host's character grams. */
  values: Float64Array;
  /** The URL the buffer holds the features of. */
  url: string;
  /** Bucket mask: 2^bits - 1. */
  mask: number;
  /** Labelled feature i is labelled `labelOf[i].text`, followed by wordIn[i] from wordFrom[i] to wordTo[i]. */
  labelOf: Label[];
  wordIn: string[];
  wordFrom: Int32Array;
  wordTo: Int32Array;
  /** Features before this index are labelled; the rest are path grams up to `hostGramsFrom`, then host grams. */
  pathGramsFrom: number;
  hostGramsFrom: number;
}

export function createUrlFeatureBuffer(capacity = 512): UrlFeatureBuffer {
  return {
    count: 0,
    buckets: new Int32Array(capacity),
    values: new Float64Array(capacity),
    url: "",
    mask: 0,
    labelOf: [],
    wordIn: [],
    wordFrom: new Int32Array(capacity),
    wordTo: new Int32Array(capacity),
    pathGramsFrom: 0,
    hostGramsFrom: 0,
  };
}

export function ensureUrl(buffer: UrlFeatureBuffer, extra: number): void {
  const need = buffer.count + extra;
  if (need <= buffer.buckets.length) return;
  const size = doubledCapacity(buffer.buckets.length, need);
  buffer.buckets = grownCopy(buffer.buckets, buffer.count, size);
  buffer.values = grownCopy(buffer.values, buffer.count, size);
  buffer.wordFrom = grownCopy(buffer.wordFrom, buffer.count, size);
  buffer.wordTo = grownCopy(buffer.wordTo, buffer.count, size);
}

/** The readable label of labelled feature i. */
export function labelAt(buffer: UrlFeatureBuffer, i: number): string {
  const { text } = buffer.labelOf[i]!;
  const from = buffer.wordFrom[i]!;
  const to = buffer.wordTo[i]!;
  return to > from ? text + buffer.wordIn[i]!.slice(from, to) : text;
}

/** A label known in advance, hashed once. */
export interface Label {
  text: string;
  /** hashString(SEED_URL, text): where a word appended to the label continues from. */
  hash: number;
  /** finish(hash): the label's bucket before masking. */
  finished: number;
}

export function label(text: string): Label {
  const hash = hashString(SEED_URL, text);
  return { text, hash, finished: finish(hash) };
}

function bin(value: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && value > edges[b]!) b++;
  return b;
}

/** A feature whose label names the bin a count falls in ("path depth 2"): one label per bin. */
export function binned(prefix: string, edges: readonly number[]): (value: number) => Label {
  const labels = Array.from({ length: edges.length + 1 }, (_, b) => label(`${prefix} ${b}`));
  return (value) => labels[bin(value, edges)]!;
}

const NO_WORD = "";

export function addLabel(out: UrlFeatureBuffer, feature: Label): void {
  const n = out.count;
  if (n === out.buckets.length) ensureUrl(out, 1);
  out.buckets[n] = feature.finished & out.mask;
  out.values[n] = 1;
  out.labelOf[n] = feature;
  out.wordIn[n] = NO_WORD;
  out.wordFrom[n] = 0;
  out.wordTo[n] = 0;
  out.count = n + 1;
}

/** The feature labelled `prefix.text` followed by s[from, to). */
export function addLabelWord(
  out: UrlFeatureBuffer,
  prefix: Label,
  s: string,
  from: number,
  to: number,
): void {
  let h = prefix.hash;
  for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
  addHashedWord(out, prefix, h, s, from, to);
}

/** The same, when h, the hash of the whole label, is known already. */
export function addHashedWord(
  out: UrlFeatureBuffer,
  prefix: Label,
  h: number,
  s: string,
  from: number,
  to: number,
): void {
  const n = out.count;
  if (n === out.buckets.length) ensureUrl(out, 1);
  out.buckets[n] = finish(h) & out.mask;
  out.values[n] = 1;
  out.labelOf[n] = prefix;
  out.wordIn[n] = s;
  out.wordFrom[n] = from;
  out.wordTo[n] = to;
  out.count = n + 1;
}
