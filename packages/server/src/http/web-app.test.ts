import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.ts";
import { buildTestApp } from "../testing/factories.ts";
import type { App } from "./app.ts";

describeEachDialect("the web app", (ctx) => {
  describe("when built", () => {
    let app: App;
    let dist: string;
    beforeAll(async () => {
      dist = mkdtempSync(join(tmpdir(), "postwarden-dist-"));
      mkdirSync(join(dist, "assets"));
      writeFileSync(join(dist, "index.html"), '<!doctype html><div id="root"></div>');
      writeFileSync(join(dist, "assets", "app-1234.js"), "console.log('app')");
      app = await buildTestApp(ctx.db, { config: { webDistDir: dist } });
    });
    afterAll(async () => {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    });

    it("serves index.html at / with a strict content security policy", async () => {
      const response = await app.inject({ method: "GET", url: "/" });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<div id="root">');
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    });

    it("serves static files, fingerprinted ones cached for good", async () => {
      const response = await app.inject({ method: "GET", url: "/assets/app-1234.js" });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe("console.log('app')");
      expect(response.headers["cache-control"]).toContain("immutable");
    });

    it("falls back to index.html for any other page", async () => {
      const response = await app.inject({ method: "GET", url: "/posts/123/edit?tab=history" });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/html");
      expect(response.body).toContain('<div id="root">');
    });

    it("does not fall back for /api/ routes or non-GET requests", async () => {
      const api = await app.inject({ method: "GET", url: "/api/nothing-here" });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe("not_found");
      const post = await app.inject({ method: "POST", url: "/some/page" });
      expect(post.statusCode).toBe(404);
      expect(post.json().error.code).toBe("not_found");
    });
  });

  it("says to run the build when there is none", async () => {
    const app = await buildTestApp(ctx.db, {
      config: { webDistDir: join(tmpdir(), "postwarden-missing-dist") },
    });
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain("npm run build");
    await app.close();
  });
});
