import { createFeatureBuffer, featurise } from "../../src/classifiers/features.ts";
import { textWords } from "../../src/classifiers/text-words.ts";
import { urlFeatures } from "../../src/classifiers/url-features.ts";

/** A sparse example: bucket indices with values, scaled to unit-ish length as at run time. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

function compact(buckets: ArrayLike<number>, count: number, values?: ArrayLike<number>): SparseVector {
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => buckets[a]! - buckets[b]!);
  const index: number[] = [];
  const value: number[] = [];
  const unit = count > 0 ? 1 / Math.sqrt(count) : 0;
  for (const k of order) {
    const b = buckets[k]!;
    const v = unit * (values ? values[k]! : 1);
    if (index.length > 0 && index[index.length - 1] === b) value[value.length - 1]! += v;
    else {
      index.push(b);
      value.push(v);
    }
  }
  return { index: Int32Array.from(index), value: Float32Array.from(value) };
}

const buffer = createFeatureBuffer();

export function textVector(text: string, bits: number): SparseVector {
  featurise(textWords(text), bits, buffer);
  return compact(buffer.buckets, buffer.count);
}

export function urlVector(url: string, bits: number): SparseVector {
  const features = urlFeatures(url, bits);
  return compact(
    features.map((f) => f.bucket),
    features.length,
    features.map((f) => f.value),
  );
}
