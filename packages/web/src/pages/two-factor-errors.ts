import { ApiError } from "../api/errors.ts";
import type { FormError } from "../components/ErrorSummary.tsx";

export const SECURITY_CODE_FIELD = "security-code";
export const RECOVERY_CODE_FIELD = "recovery-code";
type CodeField = typeof SECURITY_CODE_FIELD | typeof RECOVERY_CODE_FIELD;

export type CodeChoice = { field: CodeField; code: string } | { error: FormError };

const SIX_DIGITS = /^\d{6}$/;
/** Recovery codes look like "k7m2p-x9qrt"; one typed in the security code box is still sent. */
const RECOVERY_SHAPE = /^[a-z0-9]{5}-?[a-z0-9]{5}$/i;

/** The code to send: a recovery code if the person gave one, otherwise the security code. */
export function chooseCode(securityCode: string, recoveryCode: string): CodeChoice {
  const recovery = recoveryCode.trim();
  if (recovery !== "") return { field: RECOVERY_CODE_FIELD, code: recovery };
  const security = securityCode.replace(/\s/g, "");
  if (security === "") {
    return {
      error: { fieldId: SECURITY_CODE_FIELD, message: "Enter the security code from your authenticator app" },
    };
  }
  if (SIX_DIGITS.test(security) || RECOVERY_SHAPE.test(security)) {
    return { field: SECURITY_CODE_FIELD, code: security };
  }
  return {
    error: { fieldId: SECURITY_CODE_FIELD, message: "Enter the security code as 6 numbers, like 123456" },
  };
}

export interface SecondStepFailure {
  errors: FormError[];
  /** The pending sign-in has ended: the password is needed again. */
  startAgain: boolean;
}

/** What to tell the person when the server refuses the code. */
export function secondStepFailure(error: unknown, field: CodeField): SecondStepFailure {
  if (error instanceof ApiError) {
    if (error.code === "invalid_credentials") {
      const message =
        field === RECOVERY_CODE_FIELD
          ? "The recovery code is not right, or it has already been used. Check it and try again"
          : "The security code is not right. Enter the newest code from your authenticator app";
      return { errors: [{ fieldId: field, message }], startAgain: false };
    }
    if (error.code === "rate_limited") {
      return {
        errors: [
          { message: "You have entered a wrong code too many times. Wait 1 minute, then sign in again." },
        ],
        startAgain: true,
      };
    }
    if (error.code === "unauthenticated") {
      return {
        errors: [
          { message: "Your sign-in has timed out. Sign in again with your email address and password." },
        ],
        startAgain: true,
      };
    }
    if (error.code === "validation_failed") {
      return { errors: [{ fieldId: field, message: "Enter the code again" }], startAgain: false };
    }
  }
  return {
    errors: [{ message: "Sorry, there is a problem with the service. Try again later." }],
    startAgain: false,
  };
}
