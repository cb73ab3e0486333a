import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { malvernPolicy } from "@postwarden/engine";
import type { RouteOptions } from "fastify";
import type { Db } from "../db/database.ts";
import { keyringOf } from "../crypto/keyring.ts";
import { deriveVaultKey } from "../crypto/vault-key.ts";
import { decideGrant } from "../domain/grants/decide-grant.ts";
import { requestGrant } from "../domain/grants/request-grant.ts";
import { requestOutOfHours } from "../domain/out-of-hours/request-out-of-hours.ts";
import { acknowledgePolicy } from "../domain/policy/acknowledge-policy.ts";
import { totpCode } from "../domain/two-factor/totp.ts";
import { setAccountSecret } from "../domain/vault/set-account-secret.ts";
import type { AccessRow, Caller } from "../http/access-row.ts";
import { buildApp, type App } from "../http/app.ts";
import { createLogger } from "../logger.ts";
import { buildUser, csrfHeaders, signIn, type BuiltUser, type SignedInHeaders } from "./factories.ts";
import { buildTeam, enableTwoFactor, setLineManager, type Team } from "./governance-fixtures.ts";
import { testConfig } from "./test-config.ts";

export const CALLERS: readonly Caller[] = [
  "anonymous",
  "employee",
  "manager",
  "admin",
  "auditor",
  "otherOrganisation",
];

/** Every access matrix file under http/, each with the rows it exports, keyed by its area folder. */
export async function loadAccessMatrices(): Promise<Map<string, AccessRow[]>> {
  const httpDir = join(dirname(fileURLToPath(import.meta.url)), "../http");
  const files = (readdirSync(httpDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith("access.matrix.ts"))
    .sort();
  const matrices = new Map<string, AccessRow[]>();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(httpDir, file)).href)) as Record<string, unknown>;
    const rows = Object.values(module).filter(Array.isArray).flat() as AccessRow[];
    matrices.set(relative(".", dirname(file)) || ".", rows);
  }
  return matrices;
}

/** "POST /api/people/:id/leave" and "POST /api/people/:leaverId/leave" name the same route. */
export function routeKey(method: string, path: string): string {
  return `${method} ${path.replace(/:\w+/g, ":param")}`;
}

/** True when a row's path is a use of the route: its parameters may be filled with literals. */
export function rowMatchesRoute(rowKey: string, route: string): boolean {
  const rowParts = rowKey.split(/[ /]/);
  const routeParts = route.split(/[ /]/);
  return (
    rowParts.length === routeParts.length &&
    routeParts.every((part, i) => part === rowParts[i] || (part === ":param" && rowParts[i] !== ""))
  );
}

/** Request bodies the rows name. */
export const ACCESS_BODIES: Record<string, object> = {
  empty: {},
  newAccount: { platform: "mastodon", handle: "@malvern@social.example", displayName: "Malvern on Mastodon" },
  accountChange: { twoFactor: "enabled" },
  reviewNote: { note: "Checked page roles" },
  secretValue: { value: "matrix-token-value" },
  checkoutReason: { reason: "Posting the bin collection update" },
  revokeReason: { reason: "No longer in the comms rota" },
  absence: { until: "2099-12-31", reason: "Annual leave" },
  resetReason: { reason: "Lost phone; identity checked in person" },
  policyPack: { pack: malvernPolicy },
  newPerson: { email: "matrix.starter@council.example", name: "Matrix Starter" },
  personChange: { jobTitle: "Communications Officer" },
  peopleCsv: {
    csv: "email,name,department,line_manager_email,roles,job_title,start_date,leave_date\nmatrix.import@council.example,Matrix Import,Comms,,employee,,,\n",
  },
  wrongCode: { code: "000000" },
  grantRequest: { accountId: ":accountId", scopes: ["moderate"], reason: "Hiding spam comments" },
  outOfHoursRequest: {
    startsAt: "2030-01-04T18:00:00.000Z",
    endsAt: "2030-01-04T20:00:00.000Z",
    reason: "Election count updates",
    device: "council phone",
  },
  decisionNote: { note: "Not needed this month" },
  emptySignIn: { email: "", password: "" },
  ssoConfig: {
    issuer: "https://login.example.net/tenant/v2.0",
    clientId: "postwarden",
    clientSecret: "matrix-client-secret",
    allowedEmailDomain: "council.example",
  },
};

export interface AccessWorld {
  app: App;
  /** Routes as registered, "METHOD /path" with parameters written :param. */
  routes: Set<string>;
  team: Team;
  auditor: BuiltUser;
  stranger: Team;
  headers: Record<Caller, Record<string, string>>;
  /** Values for the rows' path parameters. */
  ids: Record<string, string>;
}

/**
 * The organisation every row is tried against: an admin (two-factor on), a line manager and
 * their report (the employee, who holds a grant), another manager, an auditor and someone about
 * to leave; and a second organisation whose admin plays `otherOrganisation`. The app runs with
 * two-factor enrolment enforced, as in production.
 */
export async function buildAccessWorld(
  db: Db,
  options: { approveGrant?: boolean } = {},
): Promise<AccessWorld> {
  const routes = new Set<string>();
  const clock = () => new Date();
  const app = await buildApp({
    db,
    config: testConfig({ enforceTwoFactorEnrolment: true }),
    logger: createLogger({ level: "silent" }),
    now: clock,
    onRoute: (route: RouteOptions) => {
      for (const method of [route.method].flat())
        if (method !== "HEAD") routes.add(routeKey(method, route.url));
    },
  });
  const team = await buildTeam(db);
  const auditor = await buildUser(db, { organisation: team.organisation, roles: ["employee", "auditor"] });
  const leaver = await buildUser(db, { organisation: team.organisation, name: "Lee Leaver" });
  const stranger = await buildTeam(db);
  // Sign in first: once two-factor is on, signing in asks for a code.
  const headers: Record<Caller, Record<string, string>> = {
    anonymous: {},
    employee: await signIn(app, team.employee),
    manager: await signIn(app, team.manager),
    admin: await signIn(app, team.admin),
    auditor: await signIn(app, auditor),
    otherOrganisation: await signIn(app, stranger.admin),
  };
  // A signed-out browser with its own genuine CSRF token, so every refusal is about who asks.
  headers.anonymous = await csrfHeaders(app);
  await enrol(app, headers.admin as SignedInHeaders);
  await enrol(app, headers.otherOrganisation as SignedInHeaders);

  await enableTwoFactor(db, team.employee.id);
  await enableTwoFactor(db, team.otherManager.id);
  await acknowledgePolicy({ db, actor: team.employee });
  const grant = await requestGrant({
    db,
    actor: team.employee,
    accountId: team.account.id,
    scopes: ["post"],
    reason: "Posts",
  });
  if (options.approveGrant)
    await decideGrant({ db, actor: team.manager, grantId: grant.id, decision: "approve" });
  const outOfHours = await requestOutOfHours({
    db,
    actor: team.employee,
    startsAt: new Date(Date.now() + 86_400_000),
    endsAt: new Date(Date.now() + 90_000_000),
    reason: "Christmas lights switch-on",
    device: "council phone",
  });
  await setAccountSecret({
    db,
    keyring: keyringOf(deriveVaultKey(app.config.secretKey)),
    actor: team.admin,
    accountId: team.account.id,
    kind: "shared_password",
    value: "matrix-shared-password",
  });
  // Second requests, so refusing and withdrawing have something of their own to act on.
  await setLineManager(db, leaver.id, team.manager.id);
  await acknowledgePolicy({ db, actor: leaver });
  const refusableGrant = await requestGrant({
    db,
    actor: leaver,
    accountId: team.account.id,
    scopes: ["reply"],
    reason: "Answering residents",
  });
  const outOfHoursFor = (actor: BuiltUser, reason: string) =>
    requestOutOfHours({
      db,
      actor,
      startsAt: new Date(Date.now() + 2 * 86_400_000),
      endsAt: new Date(Date.now() + 2 * 86_400_000 + 3_600_000),
      reason,
      device: "council laptop",
    });
  const refusableRequest = await outOfHoursFor(leaver, "Late council meeting");
  const withdrawableRequest = await outOfHoursFor(team.employee, "Weekend event");
  const notification = await db
    .selectFrom("notifications")
    .select("id")
    .where("user_id", "=", team.employee.id)
    .executeTakeFirstOrThrow();
  return {
    app,
    routes,
    team,
    auditor,
    stranger,
    headers,
    ids: {
      accountId: team.account.id,
      grantId: grant.id,
      requestId: outOfHours.id,
      notificationId: notification.id,
      checkoutId: "none-yet",
      personId: team.employee.id,
      adminId: team.admin.id,
      colleagueId: team.otherManager.id,
      leaverId: leaver.id,
      refusableGrantId: refusableGrant.id,
      refusableRequestId: refusableRequest.id,
      withdrawableRequestId: withdrawableRequest.id,
      org: team.organisation.slug,
    },
  };
}

/** Sets up and confirms an authenticator app through the API, as the person would. */
async function enrol(app: App, headers: SignedInHeaders): Promise<void> {
  const setup = await app.inject({ method: "POST", url: "/api/me/two-factor/setup", headers });
  const { secret } = setup.json() as { secret: string };
  const confirmed = await app.inject({
    method: "POST",
    url: "/api/me/two-factor/confirm",
    headers,
    payload: { code: totpCode(secret, new Date()) },
  });
  if (confirmed.statusCode !== 200) throw new Error(`two-factor enrolment failed: ${confirmed.body}`);
}

/** The request a row makes for a caller. Body values written ":name" are filled like path parameters. */
export function rowRequest(row: AccessRow, ids: Record<string, string>, headers: Record<string, string>) {
  const body = row.body ? ACCESS_BODIES[row.body] : undefined;
  const payload =
    body &&
    Object.fromEntries(
      Object.entries(body).map(([key, value]) => [
        key,
        typeof value === "string" && /^:\w+$/.test(value) ? (ids[value.slice(1)] ?? value) : value,
      ]),
    );
  return {
    method: row.method,
    url: row.path.replace(/:(\w+)/g, (_m, name: string) => ids[name] ?? name),
    headers,
    ...(payload ? { payload } : {}),
  };
}

/** Rows in the order they run: those that end sessions last. */
export function runOrder(rows: readonly AccessRow[]): AccessRow[] {
  return [...rows].sort((a, b) => (a.runLast ?? 0) - (b.runLast ?? 0));
}
