/** Growing reusable typed-array buffers: the featurisers keep theirs across screens. */

/** The smallest doubling of `current` that holds `need` elements. */
export function doubledCapacity(current: number, need: number): number {
  let size = Math.max(current, 1) * 2;
  while (size < need) size *= 2;
  return size;
}

/** A larger array of the same kind holding the first `count` elements of `array`. */
export function grownCopy<T extends Int32Array | Float64Array>(array: T, count: number, size: number): T {
  const copy = new (array.constructor as new (length: number) => T)(size);
  copy.set(array.subarray(0, count));
  return copy;
}
