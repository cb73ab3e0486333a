import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./client.ts";

export interface TwoFactorStatus {
  enabled: boolean;
  /** The person's role or channel grants mean they must use it. */
  required: boolean;
  recoveryCodesLeft: number;
  can: { setup: boolean };
}

export const twoFactorStatusKey = ["two-factor-status"] as const;

/** Whether the signed-in person has two-factor sign-in, and whether they must. */
export const twoFactorStatusQuery = queryOptions({
  queryKey: twoFactorStatusKey,
  queryFn: () => apiRequest<TwoFactorStatus>("GET", "/api/me/two-factor"),
  staleTime: 60_000,
});
