import { describe, expect, it } from "vitest";
import { AppError, ERROR_STATUS } from "./errors.ts";

describe("error codes", () => {
  it("map to the statuses of the HTTP contract, and only those", () => {
    expect(ERROR_STATUS).toEqual({
      validation_failed: 400,
      unauthenticated: 401,
      invalid_credentials: 401,
      forbidden: 403,
      csrf_invalid: 403,
      two_factor_enrolment_required: 403,
      not_found: 404,
      conflict: 409,
      two_factor_already_enabled: 409,
      payload_too_large: 413,
      rate_limited: 429,
      internal: 500,
    });
  });

  it("serialise as { error: { code, message, details? } }", () => {
    expect(new AppError("forbidden", "No.").toJSON()).toEqual({
      error: { code: "forbidden", message: "No." },
    });
    expect(
      new AppError("conflict", "Taken.", { details: [{ path: "body.email", message: "taken" }] }).toJSON(),
    ).toEqual({
      error: { code: "conflict", message: "Taken.", details: [{ path: "body.email", message: "taken" }] },
    });
  });
});
