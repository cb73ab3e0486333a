import { createFeatureBuffer, featurise } from "../../src/classifiers/features.ts";
import { textWords } from "../../src/classifiers/text-words.ts";
import { urlFeatures } from "../../src/classifiers/url-features.ts";

/** A sparse example: bucket indices with values, scaled to unit-ish length as at run time. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

function compact(buckets: ArrayLike<number>, count: number): SparseVector {
  const sorted = Array.from({ length: count }, (_, i) => buckets[i]!).sort((a, b) => a - b);
  const index: number[] = [];
  const value: number[] = [];
  const unit = count > 0 ? 1 / Math.sqrt(count) : 0;
  for (const b of sorted) {
    if (index.length > 0 && index[index.length - 1] === b) value[value.length - 1]! += unit;
    else {
      index.push(b);
      value.push(unit);
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
  );
}
