import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors.ts";
import {
  chooseCode,
  RECOVERY_CODE_FIELD,
  SECURITY_CODE_FIELD,
  secondStepFailure,
} from "./two-factor-errors.ts";

describe("chooseCode", () => {
  it("sends six digits, without the spaces some apps show", () => {
    expect(chooseCode(" 123 456 ", "")).toEqual({ field: SECURITY_CODE_FIELD, code: "123456" });
  });

  it("prefers a recovery code when one is given", () => {
    expect(chooseCode("123456", " k7m2p-x9qrt ")).toEqual({
      field: RECOVERY_CODE_FIELD,
      code: "k7m2p-x9qrt",
    });
  });

  it("still sends a recovery code typed in the security code box", () => {
    expect(chooseCode("K7M2P-X9QRT", "")).toEqual({ field: SECURITY_CODE_FIELD, code: "K7M2P-X9QRT" });
  });

  it("asks for a code when both boxes are empty", () => {
    expect(chooseCode(" ", "")).toEqual({
      error: { fieldId: SECURITY_CODE_FIELD, message: "Enter the security code from your authenticator app" },
    });
  });

  it.each(["12345", "1234567", "12a456"])("explains the format for %j", (code) => {
    const choice = chooseCode(code, "");
    expect("error" in choice && choice.error.message).toMatch(/6 numbers/);
  });
});

describe("secondStepFailure", () => {
  const wrong = new ApiError(401, "invalid_credentials", "Wrong");

  it("links a wrong security code to its box and keeps the sign-in going", () => {
    expect(secondStepFailure(wrong, SECURITY_CODE_FIELD)).toEqual({
      errors: [
        {
          fieldId: SECURITY_CODE_FIELD,
          message: "The security code is not right. Enter the newest code from your authenticator app",
        },
      ],
      startAgain: false,
    });
  });

  it("says a wrong recovery code may already have been used", () => {
    const [error] = secondStepFailure(wrong, RECOVERY_CODE_FIELD).errors;
    expect(error?.fieldId).toBe(RECOVERY_CODE_FIELD);
    expect(error?.message).toMatch(/already been used/);
  });

  it("sends the person back to the password after too many wrong codes", () => {
    const failure = secondStepFailure(new ApiError(429, "rate_limited", "Slow"), SECURITY_CODE_FIELD);
    expect(failure.startAgain).toBe(true);
    expect(failure.errors[0]?.message).toMatch(/too many times/);
  });

  it("sends the person back to the password when the sign-in has expired", () => {
    const failure = secondStepFailure(new ApiError(401, "unauthenticated", "Expired"), SECURITY_CODE_FIELD);
    expect(failure).toMatchObject({
      startAgain: true,
      errors: [{ message: expect.stringMatching(/timed out/) }],
    });
  });

  it("apologises for anything else", () => {
    expect(
      secondStepFailure(new TypeError("Failed to fetch"), SECURITY_CODE_FIELD).errors[0]?.message,
    ).toMatch(/problem with the service/);
  });
});
