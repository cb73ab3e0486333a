import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.ts";
import { buildTestApp } from "../testing/factories.ts";

describeEachDialect("GET /api/openapi.json", (ctx) => {
  it("describes every API route with its schemas", async () => {
    const app = await buildTestApp(ctx.db);
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      "/health",
      "/api/auth/session",
      "/api/auth/sign-in",
      "/api/auth/sign-out",
      "/api/me",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const signInBody = doc.paths["/api/auth/sign-in"].post.requestBody.content["application/json"].schema;
    expect(signInBody.required).toEqual(["email", "password"]);
    expect(JSON.stringify(doc)).not.toContain("/*");
    await app.close();
  });
});
