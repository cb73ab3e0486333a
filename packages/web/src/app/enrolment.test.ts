import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors.ts";
import { isEnrolmentRequired, twoFactorSetupPathFor } from "./enrolment.ts";

describe("isEnrolmentRequired", () => {
  it("recognises the server's refusal until two-factor sign-in is set up", () => {
    expect(isEnrolmentRequired(new ApiError(403, "two_factor_enrolment_required", "Set it up"))).toBe(true);
  });

  it.each([
    new ApiError(403, "forbidden", "No"),
    new ApiError(403, "csrf_invalid", "No"),
    new TypeError("Failed to fetch"),
    undefined,
  ])("ignores %s", (error) => {
    expect(isEnrolmentRequired(error)).toBe(false);
  });
});

describe("twoFactorSetupPathFor", () => {
  it("remembers the page the person was on", () => {
    expect(twoFactorSetupPathFor("/check?kind=reply")).toBe(
      "/account/two-factor?returnTo=%2Fcheck%3Fkind%3Dreply",
    );
  });

  it.each(["/", "https://evil.example/", "/account/two-factor?returnTo=%2Fcheck", "/sign-in"])(
    "leaves out a return path that is home, elsewhere or a loop: %s",
    (returnTo) => {
      expect(twoFactorSetupPathFor(returnTo)).toBe("/account/two-factor");
    },
  );
});
