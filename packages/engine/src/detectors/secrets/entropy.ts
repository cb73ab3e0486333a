/** Shannon entropy in bits per character: random keys score high, words and repeated characters low. */
export function entropyPerChar(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A string that looks generated: long, mixed letters and digits, and high entropy. */
export function looksRandom(s: string): boolean {
  if (s.length < 20 || s.length > 512) return false;
  if (!/^[A-Za-z0-9_\-+/=.]+$/.test(s)) return false;
  const hasDigit = /\d/.test(s);
  const hasLetter = /[A-Za-z]/.test(s);
  return hasDigit && hasLetter && entropyPerChar(s) >= 3.5;
}
