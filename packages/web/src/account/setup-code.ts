import { ApiError } from "../api/errors.ts";
import type { FormError } from "../components/ErrorSummary.tsx";

export const SETUP_CODE_FIELD = "setup-code";

/** The code typed to finish setting up, without the spaces some apps show; or what is wrong with it. */
export function checkSetupCode(typed: string): { code: string } | { error: FormError } {
  const code = typed.replace(/\s/g, "");
  if (code === "")
    return { error: { fieldId: SETUP_CODE_FIELD, message: "Enter the 6-digit code from your app" } };
  if (!/^\d{6}$/.test(code)) {
    return { error: { fieldId: SETUP_CODE_FIELD, message: "Enter the code as 6 numbers, like 123456" } };
  }
  return { code };
}

/** What to say when the server does not accept the code; `alreadyOn` when another tab finished first. */
export function setupFailure(error: unknown): { errors: FormError[]; alreadyOn: boolean } {
  if (error instanceof ApiError) {
    if (error.code === "validation_failed") {
      return {
        errors: [
          {
            fieldId: SETUP_CODE_FIELD,
            message:
              "The code is not right. Check the time on your phone is set automatically, then enter the newest code",
          },
        ],
        alreadyOn: false,
      };
    }
    if (error.code === "two_factor_already_enabled") return { errors: [], alreadyOn: true };
    if (error.code === "conflict") {
      return {
        errors: [{ message: "Your setup key has expired. Reload the page to get a new one." }],
        alreadyOn: false,
      };
    }
  }
  return {
    errors: [{ message: "Sorry, there is a problem with the service. Try again later." }],
    alreadyOn: false,
  };
}
