import type { QueryClient } from "@tanstack/react-query";
import { twoFactorStatusKey } from "../api/two-factor-status.ts";
import { isEnrolmentRequired, TWO_FACTOR_SETUP_PATH, twoFactorSetupPathFor } from "./enrolment.ts";
import { router } from "./router.tsx";

/**
 * Whatever asked, a refusal because two-factor sign-in is not set up yet takes the person to
 * set it up, and back to this page afterwards.
 */
export function redirectToEnrolment(error: unknown, queryClient: QueryClient): void {
  if (!isEnrolmentRequired(error)) return;
  const { pathname, search, hash } = router.state.location;
  // The status may be older than the grant that made two-factor sign-in required.
  void queryClient.invalidateQueries({ queryKey: twoFactorStatusKey });
  if (pathname === TWO_FACTOR_SETUP_PATH) return;
  void router.navigate(twoFactorSetupPathFor(pathname + search + hash), { replace: true });
}
