import type { Engine } from "@postwarden/engine";

let loading: Promise<Engine> | undefined;

/**
 * Fetches the policy engine as its own chunk (it carries model weights) and builds it once
 * for the whole session. A failed download is forgotten so the next visit can try again.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import("@postwarden/engine")
    .then(({ createEngine, malvernPolicy }) => createEngine({ policy: malvernPolicy }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
