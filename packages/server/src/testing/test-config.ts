import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { DEFAULT_LIMITS, type AppConfig } from "../config.ts";

/** A configuration for tests: a throwaway secret, no web build, the production limits. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir: join(tmpdir(), "postwarden-unused"),
    databaseUrl: undefined,
    secretKey: randomBytes(32),
    trustProxy: false,
    adminEmail: "admin@localhost",
    logLevel: "silent",
    webDistDir: join(tmpdir(), "postwarden-no-web-build"),
    // Off unless a test turns it on, so tests about other things need not enrol their admins.
    enforceTwoFactorEnrolment: false,
    ...DEFAULT_LIMITS,
    ...overrides,
  };
}
