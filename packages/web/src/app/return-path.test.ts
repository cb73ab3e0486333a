import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "./return-path.ts";

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
