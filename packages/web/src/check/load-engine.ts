import type { Engine } from "@postwarden/engine";

let loading: Promise<Engine> | undefined;

/** Exercises the detectors and models once, so their one-off start-up cost is not paid after someone's keystroke. */
const WARM_UP_TEXT =
  "Thanks to everyone who came along on Saturday! Questions to info@example.org or 01684 892988. #MalvernFunDay";

/**
 * Fetches the policy engine as its own chunk (it carries model weights) and builds it once
 * for the whole session. A failed download is forgotten so the next visit can try again.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import("@postwarden/engine")
    .then(({ createEngine, malvernPolicy }) => {
      const engine = createEngine({ policy: malvernPolicy });
      try {
        engine.screen({ text: WARM_UP_TEXT, kind: "post" });
      } catch {
        // A rule that fails here fails on real text too, where the page reports it.
      }
      return engine;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
