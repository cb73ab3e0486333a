import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest, type SessionUser } from "./client.ts";
import { rememberSignedIn } from "./session.ts";
import { twoFactorStatusKey, twoFactorStatusQuery } from "./two-factor-status.ts";

export interface TwoFactorSetup {
  /** Base32, for typing into an authenticator app by hand. */
  secret: string;
  /** otpauth:// address an authenticator app on this device can open. */
  uri: string;
}

const twoFactorSetupKey = ["two-factor-setup"] as const;

export function useTwoFactorStatus() {
  return useQuery(twoFactorStatusQuery);
}

/**
 * Starts setting up an authenticator app. Held as a query rather than a mutation so that the
 * page asks once however often React mounts it: every call replaces the secret on the server,
 * and the one shown must be the one stored. Never cached beyond the page that shows it.
 */
export function useTwoFactorSetup(enabled: boolean) {
  return useQuery({
    queryKey: twoFactorSetupKey,
    queryFn: () => apiRequest<TwoFactorSetup>("POST", "/api/me/two-factor/setup"),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

export function useConfirmTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiRequest<{ recoveryCodes: string[] }>("POST", "/api/me/two-factor/confirm", { code }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: twoFactorSetupKey });
      await queryClient.invalidateQueries({ queryKey: twoFactorStatusKey });
    },
  });
}

/** The second step of signing in: a code from the app, or a recovery code. */
export function useCompleteTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string) => {
      const { user } = await apiRequest<{ user: SessionUser }>("POST", "/api/auth/two-factor", { code });
      return user;
    },
    onSuccess: (user) => rememberSignedIn(queryClient, user),
  });
}
