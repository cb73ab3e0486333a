/**
 * How one code point shows in a terminal: what to print and how many columns it takes.
 * Control and invisible formatting characters are made visible, because a finding may be
 * about exactly such a character and a bidi override must not reorder the report itself.
 */
export interface Cell {
  shown: string;
  width: number;
}

const COMBINING = /\p{M}/u;
const FORMAT = /\p{Cf}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

// East Asian Wide and Fullwidth blocks, as [first, last] code points.
const WIDE_RANGES: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function isWide(code: number, ch: string): boolean {
  if (code >= 0x1f000 && PICTOGRAPHIC.test(ch)) return true;
  for (const [first, last] of WIDE_RANGES) if (code >= first && code <= last) return true;
  return false;
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/** `column` is where the character starts, for tab stops. */
export function cellOf(ch: string, column: number, tabWidth: number): Cell {
  const code = ch.codePointAt(0)!;
  if (code === 9) {
    const width = tabWidth - (column % tabWidth);
    return { shown: " ".repeat(width), width };
  }
  if (code < 0x20) return { shown: String.fromCharCode(0x2400 + code), width: 1 };
  if (code === 0x7f) return { shown: "\u2421", width: 1 };
  if (code < 0x7f) return { shown: ch, width: 1 };
  if (code < 0xa0) return { shown: "\ufffd", width: 1 };
  if (code >= 0xd800 && code <= 0xdfff) return { shown: "\ufffd", width: 1 }; // lone surrogate
  // Joiners and variation selectors shape the characters around them: keep them, zero width.
  if (code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return { shown: ch, width: 0 };
  if (FORMAT.test(ch)) {
    const shown = `<U+${hex(code)}>`;
    return { shown, width: shown.length };
  }
  if (COMBINING.test(ch)) return { shown: ch, width: 0 };
  return { shown: ch, width: isWide(code, ch) ? 2 : 1 };
}
