import { useEffect, useState } from "react";

/**
 * The value once it has stopped changing for `delayMs`. Feeds the live region, so a screen
 * reader hears the result when the person pauses, not a count on every keystroke.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
