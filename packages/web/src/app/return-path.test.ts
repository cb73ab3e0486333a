import { describe, expect, it } from "vitest";
import { safeReturnPath, secondStepPathFor, signInPathFor } from "./return-path.ts";

describe("safeReturnPath", () => {
  it("keeps a path on this site", () => {
    expect(safeReturnPath("/check?x=1")).toBe("/check?x=1");
  });

  it.each([
    null,
    "",
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "check",
    "/sign-in?returnTo=/",
  ])("falls back to the home page for %j", (candidate) => {
    expect(safeReturnPath(candidate)).toBe("/");
  });
});

describe("signInPathFor", () => {
  it("leaves out the return path for the home page", () => {
    expect(signInPathFor("/")).toBe("/sign-in");
  });

  it("encodes the return path", () => {
    expect(signInPathFor("/check?kind=reply")).toBe("/sign-in?returnTo=%2Fcheck%3Fkind%3Dreply");
  });
});

describe("secondStepPathFor", () => {
  it("carries the return path on to the second step", () => {
    expect(secondStepPathFor("/check")).toBe("/sign-in/two-factor?returnTo=%2Fcheck");
  });

  it("leaves out the home page and anything unsafe", () => {
    expect(secondStepPathFor("/")).toBe("/sign-in/two-factor");
    expect(secondStepPathFor("//evil.example/")).toBe("/sign-in/two-factor");
  });
});
