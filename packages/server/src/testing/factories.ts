import { randomBytes } from "node:crypto";
import type { Db } from "../db/database.ts";
import type { Organisation } from "../db/schema/organisations.ts";
import { createOrganisation } from "../domain/organisations/create-organisation.ts";
import { addUser } from "../domain/users/add-user.ts";
import type { UserView } from "../domain/users/user-view.ts";
import type { App } from "../http/app.ts";
import { createLogger } from "../logger.ts";
import { buildApp } from "../http/app.ts";
import type { Role } from "../roles.ts";
import { testConfig } from "./test-config.ts";
import type { AppConfig } from "../config.ts";
import type { JobQueue } from "../jobs/queue.ts";

const unique = () => randomBytes(4).toString("hex");

export async function buildOrganisation(
  db: Db,
  overrides: { name?: string; slug?: string } = {},
): Promise<Organisation> {
  const id = unique();
  return createOrganisation({
    db,
    name: overrides.name ?? `Test Council ${id}`,
    slug: overrides.slug ?? `test-${id}`,
  });
}

export interface BuildUserOptions {
  organisation?: Organisation;
  email?: string;
  name?: string;
  roles?: Role[];
  password?: string;
}

/** A user with a known password; `password` is returned so tests can sign in as them. */
export type BuiltUser = UserView & { password: string };

export async function buildUser(db: Db, options: BuildUserOptions = {}): Promise<BuiltUser> {
  const organisation = options.organisation ?? (await buildOrganisation(db));
  const password = options.password ?? `correct horse ${unique()}`;
  const user = await addUser({
    db,
    organisationId: organisation.id,
    email: options.email ?? `person-${unique()}@example.gov.uk`,
    name: options.name ?? "Test Person",
    roles: options.roles ?? ["employee"],
    password,
  });
  return { ...user, password };
}

/** Headers that make a state-changing request pass the CSRF check (and carry a session if given). */
export type SignedInHeaders = Record<"cookie" | "x-csrf-token", string>;

/** A CSRF cookie and matching header, as a browser gets from GET /api/auth/session. */
export async function csrfHeaders(app: App): Promise<SignedInHeaders> {
  const response = await app.inject({ method: "GET", url: "/api/auth/session" });
  const token = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie: `pw_csrf=${token}`, "x-csrf-token": token };
}

/** Signs the user in through the API and returns the headers a browser would then send. */
export async function signIn(app: App, user: { email: string; password: string }): Promise<SignedInHeaders> {
  const headers = await csrfHeaders(app);
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    headers,
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const session = response.cookies.find((c) => c.name === "pw_session");
  if (!session) throw new Error("sign-in set no pw_session cookie");
  // Signing in replaces the CSRF token; the browser sends the new one from then on.
  const csrf = response.cookies.find((c) => c.name === "pw_csrf")?.value ?? headers["x-csrf-token"];
  return { cookie: `pw_csrf=${csrf}; pw_session=${session.value}`, "x-csrf-token": csrf };
}

/** An app over the given database with test configuration and a silent logger. */
export async function buildTestApp(
  db: Db,
  options: {
    config?: Partial<AppConfig>;
    now?: () => Date;
    logger?: ReturnType<typeof createLogger>;
    jobs?: JobQueue;
  } = {},
): Promise<App> {
  return buildApp({
    db,
    config: testConfig(options.config),
    logger: options.logger ?? createLogger({ level: "silent" }),
    ...(options.now ? { now: options.now } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
  });
}
