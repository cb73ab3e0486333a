import { ApiError } from "../api/errors.ts";
import { safeReturnPath } from "./return-path.ts";

export const TWO_FACTOR_SETUP_PATH = "/account/two-factor";

/** The server refuses everything but enrolment to someone whose role needs two-factor sign-in. */
export function isEnrolmentRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === "two_factor_enrolment_required";
}

/** The set-up page, remembering where to go once it is done. */
export function twoFactorSetupPathFor(returnTo: string): string {
  const back = safeReturnPath(returnTo);
  if (back === "/" || back.startsWith(TWO_FACTOR_SETUP_PATH)) return TWO_FACTOR_SETUP_PATH;
  return `${TWO_FACTOR_SETUP_PATH}?returnTo=${encodeURIComponent(back)}`;
}
