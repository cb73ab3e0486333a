import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useLocation } from "react-router";

/**
 * After an in-app navigation, behaves like a page load for keyboard and screen reader users:
 * focus returns to the top of the page (so Tab reaches the skip link next) and the new page's
 * title is read out.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  const target = useRef<HTMLParagraphElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const [announceFor, setAnnounceFor] = useState<string>();

  // Move focus in the same commit as the new page, before anyone can act on it: a later
  // move would take focus away from whatever the person has reached in the meantime.
  useLayoutEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    setAnnounceFor(pathname);
  }, [pathname]);

  // Pages set their titles in their own effects; read the title once they have.
  useEffect(() => {
    if (announceFor === undefined) return;
    const timer = window.setTimeout(() => setAnnouncement(document.title), 50);
    return () => window.clearTimeout(timer);
  }, [announceFor]);

  return (
    <p ref={target} tabIndex={-1} className="govuk-visually-hidden pw-route-focus" aria-live="polite">
      {announcement}
    </p>
  );
}
