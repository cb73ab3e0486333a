import { Writable } from "node:stream";
import { expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { describeEachDialect } from "../testing/dialects.ts";
import { buildTestApp, buildUser, csrfHeaders } from "../testing/factories.ts";

function captureLogs() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger({ level: "trace", destination }) };
}

describeEachDialect("request logs", (ctx) => {
  it("never carry the password, the session cookie or the CSRF token", async () => {
    const { lines, logger } = captureLogs();
    const app = await buildTestApp(ctx.db, { logger });
    const user = await buildUser(ctx.db, { password: "Plaintext-Password-71" });
    const headers = await csrfHeaders(app);

    const wrong = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { ...headers, authorization: "Bearer secret-bearer-value" },
      payload: { email: user.email, password: "Wrong-Password-Guess-42" },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers,
      payload: { email: user.email, password: user.password },
    });
    const sessionToken = right.cookies.find((c) => c.name === "pw_session")?.value as string;
    expect(sessionToken).toBeTruthy();
    await app.inject({ method: "GET", url: "/api/me", headers: { cookie: `pw_session=${sessionToken}` } });
    await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { ...headers, "content-type": "application/json" },
      payload: '{"password": "Broken-Json-Password-9",',
    });
    await app.close();

    const log = lines.join("\n");
    expect(lines.length).toBeGreaterThan(4);
    expect(log).toContain("/api/auth/sign-in");
    for (const secret of [
      "Plaintext-Password-71",
      "Wrong-Password-Guess-42",
      "Broken-Json-Password-9",
      sessionToken,
      headers["x-csrf-token"],
      "secret-bearer-value",
    ]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toMatch(/pw_session=|pw_csrf=/);
  });
});
