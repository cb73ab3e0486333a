import { describe, expect, it } from "vitest";
import { roleNames } from "./role-names.ts";

describe("roleNames", () => {
  it("names each role in plain English", () => {
    expect(roleNames(["employee", "admin", "auditor"])).toEqual([
      "Member of staff",
      "Administrator",
      "Auditor",
    ]);
  });

  it("shows a role it does not know as it is", () => {
    expect(roleNames(["clerk", "constructor"])).toEqual(["clerk", "constructor"]);
  });
});
