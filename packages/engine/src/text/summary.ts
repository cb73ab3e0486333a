/**
 * Counts of the character classes that detectors key on, taken in one pass over a text. Most
 * posts have no digits, "@", ":" or "#", so a detector that needs one can return at once.
 */
export interface TextSummary {
  /** ASCII digits 0-9. */
  readonly digits: number;
  /** ASCII capitals A-Z. */
  readonly upper: number;
  /** UTF-16 code units above U+007F. */
  readonly nonAscii: number;
  readonly at: number;
  readonly colons: number;
  readonly hashes: number;
  readonly slashes: number;
  readonly dots: number;
}

export function summarise(text: string): TextSummary {
  let digits = 0;
  let upper = 0;
  let nonAscii = 0;
  let at = 0;
  let colons = 0;
  let hashes = 0;
  let slashes = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97) {
      if (c > 127) nonAscii++;
    } else if (c >= 65) {
      if (c <= 90) upper++;
    } else if (c >= 48) {
      if (c <= 57) digits++;
      else if (c === 58) colons++;
      else if (c === 64) at++;
    } else if (c === 35) hashes++;
    else if (c === 47) slashes++;
    else if (c === 46) dots++;
  }
  return { digits, upper, nonAscii, at, colons, hashes, slashes, dots };
}
