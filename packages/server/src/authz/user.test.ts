import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import type { UserView } from "../domain/users/user-view.ts";
import { authorize } from "./checks.ts";
import { userPolicy } from "./user.ts";

const person = (overrides: Partial<UserView> = {}): UserView => ({
  id: "u1",
  organisationId: "org-a",
  email: "p@example.gov.uk",
  name: "P",
  roles: ["employee"],
  ...overrides,
});

describe("userPolicy", () => {
  it("lets anyone signed in read their own account, and nobody else read it", () => {
    const me = person();
    expect(userPolicy.canRead(me, me)).toBe(true);
    expect(userPolicy.canRead(me, person({ id: "u2" }))).toBe(false);
    expect(userPolicy.canRead(null, me)).toBe(false);
  });

  it("lets an admin read accounts in their own organisation only", () => {
    const admin = person({ id: "admin", roles: ["employee", "admin"] });
    expect(userPolicy.canRead(admin, person({ id: "u2" }))).toBe(true);
    expect(userPolicy.canRead(admin, person({ id: "u3", organisationId: "org-b" }))).toBe(false);
  });

  it("lets only admins add people, to their own organisation", () => {
    expect(userPolicy.canAdd(person({ roles: ["admin"] }), { organisationId: "org-a" })).toBe(true);
    expect(userPolicy.canAdd(person({ roles: ["admin"] }), { organisationId: "org-b" })).toBe(false);
    expect(userPolicy.canAdd(person({ roles: ["auditor"] }), { organisationId: "org-a" })).toBe(false);
  });
});

describe("authorize", () => {
  it("answers unauthenticated for nobody and forbidden for a refusal", () => {
    expect(() => authorize(false, null)).toThrow(expect.objectContaining({ code: "unauthenticated" }));
    expect(() => authorize(false, person())).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => authorize(true, person())).not.toThrow();
    try {
      authorize(false, person());
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(403);
    }
  });
});
