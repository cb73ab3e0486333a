import { describe, expect, it } from "vitest";
import { ssoErrors } from "./sso-errors.ts";

/** Every reason the server's single sign-on callback can give (finish-sso-sign-in.ts). */
const SERVER_REASONS = [
  "expired",
  "browser_mismatch",
  "provider_error",
  "no_email",
  "wrong_domain",
  "unknown_user",
  "left",
  "subject_mismatch",
];

describe("ssoErrors", () => {
  it("says nothing without a reason", () => {
    expect(ssoErrors(null)).toEqual([]);
  });

  it("gives each reason its own sentence, not tied to a field", () => {
    const messages = SERVER_REASONS.map((reason) => ssoErrors(reason));
    for (const errors of messages) {
      expect(errors).toHaveLength(1);
      expect(errors[0]?.fieldId).toBeUndefined();
      expect(errors[0]?.message).toMatch(/\.$/);
    }
    expect(new Set(messages.map((errors) => errors[0]?.message)).size).toBe(SERVER_REASONS.length);
  });

  it("tells someone not on the staff list who to ask", () => {
    expect(ssoErrors("unknown_user")[0]?.message).toMatch(/administrator to add you/);
  });

  it.each(["", "toString", "__proto__", "<script>"])("falls back to a general sentence for %j", (reason) => {
    expect(ssoErrors(reason)[0]?.message).toMatch(/did not work/);
  });
});
