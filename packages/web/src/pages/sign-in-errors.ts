import { ApiError } from "../api/errors.ts";
import type { FormError } from "../components/ErrorSummary.tsx";

export const EMAIL_FIELD = "email";
export const PASSWORD_FIELD = "password";

/** The checks the form makes before asking the server, in the order the fields appear. */
export function validateSignIn(email: string, password: string): FormError[] {
  const errors: FormError[] = [];
  if (email.trim() === "") errors.push({ fieldId: EMAIL_FIELD, message: "Enter your email address" });
  else if (!/^[^\s@]{1,200}@[^\s@]{1,200}$/.test(email.trim())) {
    errors.push({
      fieldId: EMAIL_FIELD,
      message: "Enter an email address in the correct format, like name@example.gov.uk",
    });
  }
  if (password === "") errors.push({ fieldId: PASSWORD_FIELD, message: "Enter your password" });
  return errors;
}

/** What to tell the person when the server refuses the sign-in. */
export function signInFailure(error: unknown): FormError[] {
  if (error instanceof ApiError) {
    if (error.code === "invalid_credentials") {
      return [{ fieldId: EMAIL_FIELD, message: "Enter a correct email address and password" }];
    }
    if (error.code === "rate_limited") {
      return [{ message: "You have tried to sign in too many times. Wait 1 minute, then try again." }];
    }
    if (error.code === "validation_failed") {
      return [{ fieldId: EMAIL_FIELD, message: error.message }];
    }
  }
  return [{ message: "Sorry, there is a problem with the service. Try again later." }];
}
