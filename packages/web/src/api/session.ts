import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchSession, signIn, signOut, type Session } from "./client.ts";

export const sessionKey = ["session"] as const;

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => signIn(email, password),
    onSuccess: async (user) => {
      queryClient.setQueryData<Session>(sessionKey, (old) => ({ csrfToken: old?.csrfToken ?? "", user }));
      // The server may rotate the CSRF token with the new session.
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
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
