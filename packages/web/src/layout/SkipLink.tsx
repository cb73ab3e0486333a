import type { MouseEvent } from "react";

/** "Skip to main content": the first thing a keyboard user reaches on every page. */
export function SkipLink({ targetId }: { targetId: string }) {
  // Browsers scroll to the fragment but do not always move focus; move it so Tab continues from there.
  function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView();
  }
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={focusTarget}>
      Skip to main content
    </a>
  );
}
