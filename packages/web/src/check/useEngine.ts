import type { Engine } from "@postwarden/engine";
import { useEffect, useState } from "react";
import { loadEngine } from "./load-engine.ts";

export type EngineState = { status: "loading" } | { status: "ready"; engine: Engine } | { status: "failed" };

/** Starts loading the engine only after the page has painted, so the form appears at once. */
export function useEngine(): EngineState {
  const [state, setState] = useState<EngineState>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    const frame = requestAnimationFrame(() => {
      window.setTimeout(() => {
        loadEngine().then(
          (engine) => !cancelled && setState({ status: "ready", engine }),
          () => !cancelled && setState({ status: "failed" }),
        );
      }, 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, []);
  return state;
}
