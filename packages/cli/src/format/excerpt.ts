import type { Span } from "@postwarden/engine";
import { cellOf } from "./display-width.ts";

/** Where each line of a text starts, so a span's line and column are found by binary search. */
export class TextLines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** Zero-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The line's content, without its "\n" or "\r\n". */
  bounds(line: number): { start: number; end: number } {
    const start = this.starts[line]!;
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
  }
}

export interface ExcerptOptions {
  /** Columns of text shown per line before clipping with "…". */
  maxWidth?: number;
  /** Lines of a multi-line span shown before "… N more lines". */
  maxLines?: number;
  tabWidth?: number;
}

/** Code units kept before the highlight when a long line is clipped. */
const LEAD = 30;

function isLowSurrogate(code: number) {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** One line of the excerpt and its caret line, clipped to `maxWidth` columns around the highlight. */
function renderLine(
  lines: TextLines,
  line: number,
  from: number,
  to: number,
  maxWidth: number,
  tabWidth: number,
): [string, string] {
  const text = lines.text;
  const { start, end } = lines.bounds(line);
  const highlightFrom = Math.min(Math.max(from, start), end);
  const highlightTo = Math.min(Math.max(to, highlightFrom), end);
  // Clip in code units first so a megabyte-long line costs no more than a short one.
  let windowStart = Math.max(start, highlightFrom - LEAD);
  if (windowStart > start && isLowSurrogate(text.charCodeAt(windowStart))) windowStart--;
  const windowEnd = Math.min(end, windowStart + maxWidth * 2 + 2);
  const clippedLeft = windowStart > start;
  let shown = clippedLeft ? "…" : "";
  let carets = clippedLeft ? " " : "";
  let column = 0;
  let clippedRight = false;
  let emptyMarked = false;
  for (let i = windowStart; i < windowEnd;) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const cell = cellOf(text.slice(i, i + size), column, tabWidth);
    if (column + cell.width > maxWidth) {
      clippedRight = true;
      break;
    }
    if (i === highlightFrom && highlightFrom === highlightTo) {
      carets += "^"; // nothing follows on the caret line, so the extra column does not matter
      emptyMarked = true;
    }
    const inHighlight = i >= highlightFrom && i < highlightTo;
    shown += cell.shown;
    carets += (inHighlight ? "^" : " ").repeat(cell.width);
    column += cell.width;
    i += size;
  }
  if (clippedRight || windowEnd < end) shown += "…";
  // An empty highlight at the end of a line (a zero-length span, or a span over the line break).
  if (highlightFrom === highlightTo && !emptyMarked) carets += "^";
  return [shown, carets.trimEnd() || "^"];
}

/**
 * The lines a span covers, each followed by a caret line under the span:
 *
 *     3 | Ring Jane on 07700 900123
 *       |              ^^^^^^^^^^^^
 */
export function renderExcerpt(lines: TextLines, span: Span, options: ExcerptOptions = {}): string[] {
  const maxWidth = options.maxWidth ?? 100;
  const maxLines = options.maxLines ?? 3;
  const tabWidth = options.tabWidth ?? 4;
  const start = Math.max(0, Math.min(span.start, lines.text.length));
  const end = Math.max(start, Math.min(span.end, lines.text.length));
  const first = lines.lineOf(start);
  const last = end > start ? lines.lineOf(end - 1) : first;
  const gutter = String(Math.min(last, first + maxLines - 1) + 1).length;
  const out: string[] = [];
  for (let line = first; line <= last && line < first + maxLines; line++) {
    const [shown, carets] = renderLine(lines, line, start, end, maxWidth, tabWidth);
    out.push(`${String(line + 1).padStart(gutter)} | ${shown}`);
    out.push(`${" ".repeat(gutter)} | ${carets}`);
  }
  const hidden = last - (first + maxLines - 1);
  if (hidden > 0) out.push(`${" ".repeat(gutter)} | … ${hidden} more line${hidden === 1 ? "" : "s"}`);
  return out;
}
