/**
 * Context cues: does a word or phrase appear just before (or after) a position? Windows are
 * short and fixed, so each look is constant work however long the text is.
 */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function containsWord(hay: string, cue: string): boolean {
  let from = 0;
  for (;;) {
    const at = hay.indexOf(cue, from);
    if (at < 0) return false;
    const before = at === 0 ? 32 : hay.charCodeAt(at - 1);
    const after = at + cue.length >= hay.length ? 32 : hay.charCodeAt(at + cue.length);
    if (!isWordCode(before) && (!isWordCode(after) || !isWordCode(cue.charCodeAt(cue.length - 1))))
      return true;
    from = at + 1;
  }
}

/**
 * Any cue of a list anywhere in a window, in one pass of the regular expression engine; most
 * windows hold none and skip the search cue by cue. Literal alternatives only, so linear.
 */
const anyOf = new WeakMap<readonly string[], RegExp>();
function anyCue(cues: readonly string[]): RegExp {
  let re = anyOf.get(cues);
  if (re === undefined) {
    re = new RegExp(cues.map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"));
    anyOf.set(cues, re);
  }
  return re;
}

function containsAnyWord(hay: string, cues: readonly string[]): boolean {
  if (!anyCue(cues).test(hay)) return false;
  for (let k = 0; k < cues.length; k++) if (containsWord(hay, cues[k]!)) return true;
  return false;
}

/** True when one of `cues` (lower case, whole words) occurs within `window` characters before `pos`. */
export function cueBefore(lower: string, pos: number, window: number, cues: readonly string[]): boolean {
  return containsAnyWord(lower.slice(Math.max(0, pos - window), pos), cues);
}

/** True when one of `cues` occurs within `window` characters after `pos`. */
export function cueAfter(lower: string, pos: number, window: number, cues: readonly string[]): boolean {
  return containsAnyWord(lower.slice(pos, pos + window), cues);
}
