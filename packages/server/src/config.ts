import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const PORT_RANGE = "must be a whole number between 1 and 65535";

/** Settings read from the environment; see `loadConfig` for what each means. */
const envSchema = z.object({
  PORT: z.coerce
    .number({ error: PORT_RANGE })
    .int({ error: PORT_RANGE })
    .min(1, { error: PORT_RANGE })
    .max(65_535, { error: PORT_RANGE })
    .default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//i, "must start with postgres:// or postgresql:// (leave it unset for SQLite)")
    .optional(),
  POSTWARDEN_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length >= 32, "must be at least 32 bytes, base64-encoded")
    .optional(),
  POSTWARDEN_ADMIN_EMAIL: z.email().default("admin@localhost"),
  TRUST_PROXY: z.enum(["true", "false", "1", "0"]).default("false"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  POSTWARDEN_WEB_DIST: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//i, "must start with smtp:// or smtps://")
    .optional(),
  SMTP_FROM: z.string().min(3).default("postwarden@localhost"),
});

export type EnvSettings = z.output<typeof envSchema>;

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** 32+ random bytes: cookie signing, CSRF tokens and (later) vault encryption. */
  secretKey: Buffer;
  /** Trust X-Forwarded-* from a reverse proxy (for https detection and client IPs). */
  trustProxy: boolean;
  adminEmail: string;
  logLevel: EnvSettings["LOG_LEVEL"];
  /** The built web app; served at `/` when it exists. */
  webDistDir: string;
  bodyLimitBytes: number;
  /** Outgoing email (SMTP_URL, SMTP_FROM); without it notifications stay in the app only. */
  smtp?: { url: string; from: string };
  session: { idleTimeoutMs: number; absoluteTimeoutMs: number };
  signIn: { maxFailuresPerAccount: number; failureWindowMs: number; maxAttemptsPerIpPerMinute: number };
  /** Admins and channel users must set up two-factor sign-in before anything else. */
  enforceTwoFactorEnrolment: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

const DEFAULT_WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

/** Parses the environment, naming the variable and the problem when a value is bad. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const shown =
        name === "POSTWARDEN_SECRET_KEY" || name === "DATABASE_URL" || name === "SMTP_URL"
          ? ""
          : ` (got "${env[name] ?? ""}")`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** The full server configuration, including the secret key (created on first start). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const settings = readEnv(env);
  const dataDir = resolve(settings.DATA_DIR);
  return {
    port: settings.PORT,
    host: settings.HOST,
    dataDir,
    databaseUrl: settings.DATABASE_URL,
    secretKey: settings.POSTWARDEN_SECRET_KEY
      ? Buffer.from(settings.POSTWARDEN_SECRET_KEY, "base64")
      : loadOrCreateSecretKey(dataDir),
    trustProxy: settings.TRUST_PROXY === "true" || settings.TRUST_PROXY === "1",
    adminEmail: settings.POSTWARDEN_ADMIN_EMAIL.toLowerCase(),
    logLevel: settings.LOG_LEVEL,
    webDistDir: settings.POSTWARDEN_WEB_DIST ? resolve(settings.POSTWARDEN_WEB_DIST) : DEFAULT_WEB_DIST,
    ...(settings.SMTP_URL ? { smtp: { url: settings.SMTP_URL, from: settings.SMTP_FROM } } : {}),
    enforceTwoFactorEnrolment: true,
    ...DEFAULT_LIMITS,
  };
}

export const DEFAULT_LIMITS = {
  bodyLimitBytes: 1024 * 1024,
  session: { idleTimeoutMs: 8 * 60 * 60 * 1000, absoluteTimeoutMs: 7 * 24 * 60 * 60 * 1000 },
  signIn: { maxFailuresPerAccount: 5, failureWindowMs: 60 * 1000, maxAttemptsPerIpPerMinute: 30 },
} satisfies Pick<AppConfig, "bodyLimitBytes" | "session" | "signIn">;

export const SECRET_KEY_FILE = "secret.key";

/** Reads `${dataDir}/secret.key`, creating it (32 random bytes, mode 0600) if missing. */
export function loadOrCreateSecretKey(dataDir: string): Buffer {
  const file = join(dataDir, SECRET_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32), { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600);
  }
  const key = readFileSync(file);
  if (key.length < 32)
    throw new ConfigError(`${file} must hold at least 32 bytes; delete it to create a new one`);
  return key;
}
