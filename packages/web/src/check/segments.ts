import type { Finding } from "@postwarden/engine";

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Indexes (into the findings list) of every finding whose span covers this segment. */
  findings: number[];
  /** Findings whose span begins with this segment. */
  starts: number[];
  /** Findings whose span ends with this segment. */
  ends: number[];
}

/**
 * Cuts the text at every span edge so overlapping findings can be marked with flat,
 * non-nested elements. Spans are clamped to the text; empty or missing spans mark nothing.
 */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings.map((f) => {
    if (!f.span) return undefined;
    const start = Math.max(0, Math.min(text.length, f.span.start));
    const end = Math.max(start, Math.min(text.length, f.span.end));
    return end > start ? { start, end } : undefined;
  });
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    if (!span) continue;
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    const covering: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    spans.forEach((span, index) => {
      if (!span || span.start >= end || span.end <= start) return;
      covering.push(index);
      if (span.start === start) starts.push(index);
      if (span.end === end) ends.push(index);
    });
    segments.push({ start, end, text: text.slice(start, end), findings: covering, starts, ends });
  }
  return segments;
}
