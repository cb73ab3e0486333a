import { useEffect, useRef, useState } from "react";
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

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // Pages set their titles in their own effects; wait for them before reading it.
    const timer = window.setTimeout(() => {
      setAnnouncement(document.title);
      target.current?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }, 50);
    return () => window.clearTimeout(timer);
  }, [pathname]);

  return (
    <p ref={target} tabIndex={-1} className="govuk-visually-hidden pw-route-focus">
      {announcement}
    </p>
  );
}
