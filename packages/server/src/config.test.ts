import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig, readEnv } from "./config.ts";

describe("configuration", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "postwarden-config-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("defaults to port 3000 on 127.0.0.1 with SQLite under ./data", () => {
    const settings = readEnv({});
    expect(settings).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", DATA_DIR: "./data" });
    expect(settings.DATABASE_URL).toBeUndefined();
  });

  it("names the variable and the problem for a bad value", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/PORT: .*\(got "eighty"\)/);
    expect(() => readEnv({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: must start with postgres:\/\//,
    );
    expect(() => readEnv({ POSTWARDEN_SECRET_KEY: "c2hvcnQ=" })).toThrow(
      /POSTWARDEN_SECRET_KEY: must be at least 32 bytes/,
    );
  });

  it("creates a 32-byte secret key readable only by its owner, and reuses it", () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = join(dataDir, "secret.key");
    expect(first.secretKey).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).equals(first.secretKey)).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir }).secretKey.equals(first.secretKey)).toBe(true);
  });

  it("takes the secret key from POSTWARDEN_SECRET_KEY without writing a file", () => {
    const dataDir = tempDir();
    const key = Buffer.alloc(32, 7);
    const config = loadConfig({ DATA_DIR: dataDir, POSTWARDEN_SECRET_KEY: key.toString("base64") });
    expect(config.secretKey.equals(key)).toBe(true);
    expect(() => statSync(join(dataDir, "secret.key"))).toThrow();
  });
});
