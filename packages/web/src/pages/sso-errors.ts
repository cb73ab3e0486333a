import type { FormError } from "../components/ErrorSummary.tsx";

/**
 * Why signing in with the council's own account (single sign-on) was refused, in plain English.
 * The keys are the reasons the server puts in `/sign-in?sso_error=<reason>`.
 */
const SSO_MESSAGES: Readonly<Record<string, string>> = {
  expired: "Signing in with your council account took too long. Try again.",
  browser_mismatch:
    "Signing in with your council account was started in a different browser. Start again in this browser.",
  provider_error:
    "Your council’s sign-in service did not answer as expected. Try again, or sign in with your email address and password.",
  no_email:
    "Your council account did not give Postwarden a confirmed email address. Ask your IT team to check your account.",
  wrong_domain: "You signed in with an account from another organisation. Sign in with your council account.",
  unknown_user:
    "Your email address is not on the council’s staff list in Postwarden. Ask your Postwarden administrator to add you.",
  left: "Your Postwarden account shows that you have left the council. If this is wrong, contact your Postwarden administrator.",
  subject_mismatch:
    "Your Postwarden account is linked to a different council account. Contact your Postwarden administrator.",
};

const FALLBACK =
  "Signing in with your council account did not work. Try again, or sign in with your email address and password.";

/** The error summary line for a refused single sign-on, or nothing when there was none. */
export function ssoErrors(reason: string | null): FormError[] {
  if (reason === null) return [];
  const message = Object.hasOwn(SSO_MESSAGES, reason) ? SSO_MESSAGES[reason]! : FALLBACK;
  return [{ message }];
}
