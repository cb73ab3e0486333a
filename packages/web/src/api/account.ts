import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "./client.ts";

/** Where the browser goes once every session has ended; the sign-in page confirms it. */
export const SIGNED_OUT_EVERYWHERE_PATH = "/sign-in?signed_out=everywhere";

/**
 * Ends every session the person has, this browser's included, then loads the sign-in page
 * afresh: nothing fetched for them stays in this tab's memory.
 */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: async () => {
      const { sessionsEnded } = await apiRequest<{ sessionsEnded: number }>(
        "POST",
        "/api/me/sessions/revoke-all",
      );
      return sessionsEnded;
    },
    onSuccess: () => window.location.replace(SIGNED_OUT_EVERYWHERE_PATH),
  });
}
