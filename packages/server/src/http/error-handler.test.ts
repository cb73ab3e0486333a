import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.ts";
import { buildTestApp, csrfHeaders } from "../testing/factories.ts";
import { AppError } from "../errors.ts";
import type { App } from "./app.ts";

describeEachDialect("error answers", (ctx) => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp(ctx.db, { config: { bodyLimitBytes: 1024 } });
    app.get("/api/test/explodes", async () => {
      throw new Error("connection string postgres://user:hunter2@db");
    });
    app.get("/api/test/conflict", async () => {
      throw new AppError("conflict", "That name is taken.", {
        details: [{ path: "body.name", message: "taken" }],
      });
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers malformed JSON with 400 naming the problem", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { ...(await csrfHeaders(app)), "content-type": "application/json" },
      payload: '{"email": "a@example.gov.uk", "password": }',
    });
    expect(response.body).not.toContain("a@example.gov.uk");
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(/^The request body is not valid JSON: .*(Unexpected token|position)/);
  });

  it("refuses prototype-poisoning keys", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { ...(await csrfHeaders(app)), "content-type": "application/json" },
      payload: '{"email": "a@b.c", "password": "x", "__proto__": {"admin": true}}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("__proto__");
  });

  it("answers an unknown /api/ route with 404 JSON", async () => {
    for (const method of ["GET", "DELETE"] as const) {
      const headers = method === "GET" ? {} : await csrfHeaders(app);
      const response = await app.inject({ method, url: "/api/x?y=1", headers });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toContain("application/json");
      expect(response.json()).toEqual({
        error: { code: "not_found", message: `There is nothing at ${method} /api/x.` },
      });
    }
  });

  it("answers a body over the limit with 413", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { ...(await csrfHeaders(app)), "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@example.gov.uk", password: "x".repeat(2048) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
  });

  it("answers a body that is not JSON with 400", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { ...(await csrfHeaders(app)), "content-type": "text/plain" },
      payload: "email=a",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("validation_failed");
  });

  it("answers an application error with its code, status and details", async () => {
    const response = await app.inject({ method: "GET", url: "/api/test/conflict" });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      error: {
        code: "conflict",
        message: "That name is taken.",
        details: [{ path: "body.name", message: "taken" }],
      },
    });
  });

  it("answers an unexpected failure with 500 internal and no internals", async () => {
    const response = await app.inject({ method: "GET", url: "/api/test/explodes" });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe("internal");
    expect(response.body).not.toContain("hunter2");
    expect(response.body).not.toContain("postgres://");
  });
});
