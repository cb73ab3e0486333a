import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors.ts";
import { signInFailure, validateSignIn } from "./sign-in-errors.ts";

describe("validateSignIn", () => {
  it("accepts an email address and a password", () => {
    expect(validateSignIn("sam@malvern-tc.gov.uk", "secret")).toEqual([]);
  });

  it("asks for both fields, in the order they appear", () => {
    expect(validateSignIn(" ", "").map((e) => e.fieldId)).toEqual(["email", "password"]);
  });

  it("explains a malformed email address", () => {
    expect(validateSignIn("sam", "secret")[0]?.message).toMatch(/correct format/);
  });
});

describe("signInFailure", () => {
  it("links a wrong email or password to the email field", () => {
    const [error] = signInFailure(new ApiError(401, "invalid_credentials", "Wrong"));
    expect(error).toEqual({ fieldId: "email", message: "Enter a correct email address and password" });
  });

  it("tells the person to wait after too many attempts", () => {
    const [error] = signInFailure(new ApiError(429, "rate_limited", "Slow down"));
    expect(error?.fieldId).toBeUndefined();
    expect(error?.message).toMatch(/Wait 1 minute/);
  });

  it("apologises for anything else", () => {
    expect(signInFailure(new TypeError("Failed to fetch"))[0]?.message).toMatch(/problem with the service/);
  });
});
