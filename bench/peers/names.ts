import nlp from "compromise";
import type { Span } from "@postwarden/engine";

/** compromise's person-name tagger, as spans in UTF-16 offsets. */
export function compromisePeople(text: string): Span[] {
  const people = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  return people.map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
}
