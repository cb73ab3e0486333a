import { describe, expect, it } from "vitest";
import { secretGroups } from "./secret-groups.ts";

describe("secretGroups", () => {
  it("splits a 32-character key into eight groups of four", () => {
    const groups = secretGroups("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(groups).toHaveLength(8);
    expect(groups.join(" ")).toBe("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
  });

  it("leaves a shorter last group", () => {
    expect(secretGroups("ABCDEFGHIJ")).toEqual(["ABCD", "EFGH", "IJ"]);
  });

  it("drops padding and spaces and reads lower case as upper case", () => {
    expect(secretGroups(" abcd efgh== ")).toEqual(["ABCD", "EFGH"]);
  });

  it("gives nothing for an empty key", () => {
    expect(secretGroups("")).toEqual([]);
  });
});
