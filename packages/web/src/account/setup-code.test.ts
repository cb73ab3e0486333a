import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors.ts";
import { checkSetupCode, SETUP_CODE_FIELD, setupFailure } from "./setup-code.ts";

describe("checkSetupCode", () => {
  it("accepts six digits and drops spaces", () => {
    expect(checkSetupCode("123 456")).toEqual({ code: "123456" });
  });

  it("asks for the code when the box is empty", () => {
    expect(checkSetupCode("  ")).toEqual({
      error: { fieldId: SETUP_CODE_FIELD, message: "Enter the 6-digit code from your app" },
    });
  });

  it.each(["12345", "1234567", "abcdef"])("explains the format for %j", (typed) => {
    const checked = checkSetupCode(typed);
    expect("error" in checked && checked.error.message).toBe("Enter the code as 6 numbers, like 123456");
  });
});

describe("setupFailure", () => {
  it("links a wrong code to the box and mentions the phone's clock", () => {
    const failure = setupFailure(new ApiError(400, "validation_failed", "Not the current code"));
    expect(failure.alreadyOn).toBe(false);
    expect(failure.errors[0]?.fieldId).toBe(SETUP_CODE_FIELD);
    expect(failure.errors[0]?.message).toMatch(/time on your phone/);
  });

  it("recognises that two-factor sign-in was turned on elsewhere", () => {
    expect(setupFailure(new ApiError(409, "two_factor_already_enabled", "Set up elsewhere."))).toEqual({
      errors: [],
      alreadyOn: true,
    });
  });

  it("goes by the code, not the wording of the message", () => {
    const failure = setupFailure(new ApiError(409, "conflict", "Two-factor sign-in is already set up."));
    expect(failure.alreadyOn).toBe(false);
  });

  it("asks for a new key when the set-up was never started", () => {
    const failure = setupFailure(new ApiError(409, "conflict", "Start setting up two-factor sign-in first."));
    expect(failure.errors[0]?.message).toMatch(/Reload the page/);
  });

  it("apologises for anything else", () => {
    expect(setupFailure(new TypeError("Failed to fetch")).errors[0]?.message).toMatch(
      /problem with the service/,
    );
  });
});
