/**
 * Decodes one Punycode label (RFC 3492), the "xn--" form of an international domain name,
 * so look-alike checks see the letters a reader sees. Returns undefined for malformed input.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_LABEL = 63;

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 are 26-35
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** Decodes the part after "xn--". */
export function decodePunycode(input: string): string | undefined {
  if (input.length === 0 || input.length > MAX_LABEL) return undefined;
  const lastDash = input.lastIndexOf("-");
  const output: number[] = [];
  for (let j = 0; j < Math.max(lastDash, 0); j++) {
    const c = input.charCodeAt(j);
    if (c >= 128) return undefined;
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = lastDash > 0 ? lastDash + 1 : 0; pos < input.length;) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return undefined;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * (MAX_LABEL + 1)) return undefined;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** The host with every "xn--" label decoded; undefined when a label does not decode. */
export function hostToUnicode(host: string): string | undefined {
  if (!host.includes("xn--")) return host;
  const labels = host.split(".");
  const out: string[] = [];
  for (const label of labels) {
    if (!label.startsWith("xn--")) {
      out.push(label);
      continue;
    }
    const decoded = decodePunycode(label.slice(4));
    if (decoded === undefined) return undefined;
    out.push(decoded);
  }
  return out.join(".");
}
