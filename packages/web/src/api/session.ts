import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { fetchSession, signIn, signOut, type Session, type SessionUser } from "./client.ts";
import { twoFactorStatusQuery } from "./two-factor-status.ts";

export const sessionKey = ["session"] as const;

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => signIn(email, password),
    onSuccess: async (outcome) => {
      // Nobody is signed in until the second step is done.
      if (outcome.kind === "signed-in") await rememberSignedIn(queryClient, outcome.user);
    },
  });
}

/**
 * Shows the new person at once, then asks the server again (it may rotate the CSRF token with the
 * session). Their two-factor status is fetched before the next page, which depends on it, appears.
 */
export async function rememberSignedIn(queryClient: QueryClient, user: SessionUser): Promise<void> {
  queryClient.setQueryData<Session>(sessionKey, (old) => ({ csrfToken: old?.csrfToken ?? "", user }));
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: sessionKey }),
    queryClient.prefetchQuery(twoFactorStatusQuery),
  ]);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      // Nothing fetched for one person may be shown to the next one at this browser.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData<Session>(sessionKey, (old) => ({
        csrfToken: old?.csrfToken ?? "",
        user: null,
      }));
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
