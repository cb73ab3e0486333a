import { malvernPolicy } from "@postwarden/engine";
import { expect, it } from "vitest";
import { keyringOf } from "../crypto/keyring.ts";
import { deriveVaultKey } from "../crypto/vault-key.ts";
import { describeEachDialect } from "../testing/dialects.ts";
import { buildTestApp, buildUser, signIn, type SignedInHeaders } from "../testing/factories.ts";
import { buildTeam, enableTwoFactor } from "../testing/governance-fixtures.ts";
import { requestGrant } from "../domain/grants/request-grant.ts";
import { requestOutOfHours } from "../domain/out-of-hours/request-out-of-hours.ts";
import { acknowledgePolicy } from "../domain/policy/acknowledge-policy.ts";
import { accountAccessMatrix } from "./accounts/access.matrix.ts";
import type { AccessRow, Caller } from "./access-row.ts";
import { grantAccessMatrix } from "./grants/access.matrix.ts";
import { notificationAccessMatrix } from "./notifications/access.matrix.ts";
import { outOfHoursAccessMatrix } from "./out-of-hours/access.matrix.ts";
import { policyAccessMatrix } from "./policy/access.matrix.ts";
import { vaultAccessMatrix } from "./vault/access.matrix.ts";

const BODIES: Record<string, object> = {
  empty: {},
  newAccount: { platform: "mastodon", handle: "@malvern@social.example", displayName: "Malvern on Mastodon" },
  accountChange: { twoFactor: "enabled" },
  reviewNote: { note: "Checked page roles" },
  secretValue: { value: "matrix-token-value" },
  checkoutReason: { reason: "Posting the bin collection update" },
  revokeReason: { reason: "No longer in the comms rota" },
  policyPack: { pack: malvernPolicy },
};

const MATRICES: [string, AccessRow[]][] = [
  ["accounts", accountAccessMatrix],
  ["vault", vaultAccessMatrix],
  ["grants", grantAccessMatrix],
  ["out-of-hours", outOfHoursAccessMatrix],
  ["policy", policyAccessMatrix],
  ["notifications", notificationAccessMatrix],
];

describeEachDialect("authorization matrix: governance routes", (ctx) => {
  for (const [area, rows] of MATRICES) {
    it(`answers each caller as the ${area} matrix says`, async () => {
      const app = await buildTestApp(ctx.db);
      const team = await buildTeam(ctx.db);
      const auditor = await buildUser(ctx.db, {
        organisation: team.organisation,
        roles: ["employee", "auditor"],
      });
      const stranger = await buildTeam(ctx.db);
      // Sign in first: once two-factor is on, sign-in asks for a code.
      const headers: Record<Caller, SignedInHeaders | Record<string, string>> = {
        anonymous: {},
        employee: await signIn(app, team.employee),
        manager: await signIn(app, team.manager),
        admin: await signIn(app, team.admin),
        auditor: await signIn(app, auditor),
        otherOrganisation: await signIn(app, stranger.admin),
      };
      await enableTwoFactor(ctx.db, team.employee.id);
      await acknowledgePolicy({ db: ctx.db, actor: team.employee });
      const grant = await requestGrant({
        db: ctx.db,
        actor: team.employee,
        accountId: team.account.id,
        scopes: ["post"],
        reason: "Posts",
      });
      if (area === "vault") {
        const { decideGrant } = await import("../domain/grants/decide-grant.ts");
        await decideGrant({ db: ctx.db, actor: team.manager, grantId: grant.id, decision: "approve" });
      }
      const outOfHours = await requestOutOfHours({
        db: ctx.db,
        actor: team.employee,
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        reason: "Christmas lights switch-on",
        device: "council phone",
      });
      const { setAccountSecret } = await import("../domain/vault/set-account-secret.ts");
      await setAccountSecret({
        db: ctx.db,
        keyring: keyringOf(deriveVaultKey(app.config.secretKey)),
        actor: team.admin,
        accountId: team.account.id,
        kind: "shared_password",
        value: "matrix-shared-password",
      });
      const notification = await ctx.db
        .selectFrom("notifications")
        .select("id")
        .where("user_id", "=", team.employee.id)
        .executeTakeFirstOrThrow();
      const ids: Record<string, string> = {
        accountId: team.account.id,
        grantId: grant.id,
        requestId: outOfHours.id,
        notificationId: notification.id,
        checkoutId: "none-yet",
      };
      const results: string[] = [];
      for (const row of rows) {
        for (const [caller, expected] of Object.entries(row.expect) as [Caller, number][]) {
          const url = row.path.replace(/:(\w+)/g, (_m, name: string) => ids[name] ?? name);
          const response = await app.inject({
            method: row.method,
            url,
            headers:
              caller === "anonymous"
                ? { ...headers.employee, cookie: headers.employee.cookie?.split(";")[0] ?? "" }
                : headers[caller],
            ...(row.body ? { payload: BODIES[row.body] } : {}),
          });
          if (row.path.endsWith("/checkouts") && response.statusCode === 201)
            ids.checkoutId = response.json().checkout.id;
          results.push(
            `${row.method} ${row.path} as ${caller}: ${response.statusCode}${response.statusCode === expected ? "" : ` (expected ${expected}) ${response.body.slice(0, 200)}`}`,
          );
        }
      }
      await app.close();
      expect(results.filter((r) => r.includes("expected"))).toEqual([]);
    });
  }
});
