import type { MouseEvent } from "react";

export const findingId = (index: number) => `finding-${index + 1}`;
export const markId = (index: number) => `mark-${index + 1}`;

/** In-page links between marks and findings: move focus as well as scrolling, so Tab carries on from there. */
export function focusAnchor(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}
