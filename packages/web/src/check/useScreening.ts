import type { Engine, Finding, TextKind } from "@postwarden/engine";
import { useEffect, useRef, useState } from "react";

export const SCREEN_DELAY_MS = 120;

export interface Screened {
  /** The text the findings were computed for: spans index into this, not the live textarea. */
  text: string;
  kind: TextKind;
  findings: Finding[];
  failed: boolean;
}

/**
 * Screens the text in the browser a short pause after the last keystroke. A new kind of text
 * or a freshly loaded engine screens at once, since nobody is typing.
 */
export function useScreening(engine: Engine | undefined, text: string, kind: TextKind): Screened | undefined {
  const [screened, setScreened] = useState<Screened>();
  const last = useRef<{ engine?: Engine; kind?: TextKind }>({});

  useEffect(() => {
    if (!engine) return;
    const run = () => {
      let findings: Finding[] = [];
      let failed = false;
      if (text.trim() !== "") {
        try {
          findings = engine.screen({ text, kind }).findings;
        } catch {
          // One broken rule must not take the page down; say the check could not run.
          failed = true;
        }
      }
      setScreened({ text, kind, findings, failed });
    };
    const immediate = last.current.engine !== engine || last.current.kind !== kind || text === "";
    last.current = { engine, kind };
    if (immediate) {
      run();
      return;
    }
    const timer = window.setTimeout(run, SCREEN_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [engine, text, kind]);

  return screened;
}
