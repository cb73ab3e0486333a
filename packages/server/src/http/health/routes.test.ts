import { expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildTestApp } from "../../testing/factories.ts";

describeEachDialect("GET /health", (ctx) => {
  it("answers 200 when the database answers", async () => {
    const app = await buildTestApp(ctx.db);
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: "ok" });
    await app.close();
  });

  it("answers 503 when the database does not", async () => {
    const db = await ctx.freshDatabase();
    const app = await buildTestApp(db);
    await db.destroy();
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: "unavailable", database: "unavailable" });
    await app.close();
  });
});
