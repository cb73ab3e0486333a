import * as client from "openid-client";
import type { Db } from "../../db/database.ts";
import { fromTimestamp } from "../../db/time.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { sessionIdFor } from "../auth/session-token.ts";
import { loadRoles } from "../users/load-roles.ts";
import { normaliseEmail } from "../users/normalise-email.ts";
import type { UserView } from "../users/user-view.ts";
import { oidcConfiguration } from "./oidc-configuration.ts";

/** Why a single sign-on was refused; the sign-in page turns each into a sentence. */
export const SSO_REFUSALS = [
  "expired",
  "browser_mismatch",
  "provider_error",
  "no_email",
  "wrong_domain",
  "unknown_user",
  "left",
  "subject_mismatch",
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export class SsoRefusedError extends Error {
  constructor(
    readonly reason: SsoRefusal,
    message: string,
  ) {
    super(message);
    this.name = "SsoRefusedError";
  }
}

export interface FinishSsoSignInProps {
  db: Db;
  keyring: Keyring;
  /** The callback URL exactly as the browser requested it (code and state in its query). */
  callbackUrl: URL;
  /** The state this browser was given at the start, from its cookie. */
  browserState: string | undefined;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
}

/**
 * Completes an OpenID Connect sign-in: exchanges the code (checking PKCE, state and the ID
 * token's signature, issuer, audience, expiry and nonce), then finds the member of staff: by
 * the provider's subject once linked, else by email at the allowed domain, linking the subject
 * on first use. Nobody is created: an address not on record is refused.
 */
export async function finishSsoSignIn(props: FinishSsoSignInProps): Promise<UserView> {
  const { db } = props;
  const now = props.now ?? new Date();
  const state = props.callbackUrl.searchParams.get("state") ?? "";
  const login = await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("sso_logins")
      .selectAll()
      .where("id", "=", sessionIdFor(state))
      .executeTakeFirst();
    // Single use: whatever happens next, this state cannot be replayed.
    if (row) await trx.deleteFrom("sso_logins").where("id", "=", row.id).execute();
    return row;
  });
  if (!login || fromTimestamp(login.expires_at) <= now) {
    throw new SsoRefusedError("expired", "The sign-in took too long or was already used. Start again.");
  }
  if (props.browserState !== state) {
    throw new SsoRefusedError(
      "browser_mismatch",
      "This sign-in was started in another browser. Start again here.",
    );
  }
  const config = await db
    .selectFrom("sso_configs")
    .selectAll()
    .where("organisation_id", "=", login.organisation_id)
    .executeTakeFirstOrThrow();
  const configuration = await oidcConfiguration(config, props.keyring);

  let claims: client.IDToken | undefined;
  let profile: Record<string, unknown> = {};
  try {
    const tokens = await client.authorizationCodeGrant(configuration, props.callbackUrl, {
      pkceCodeVerifier: login.code_verifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
    if (claims) profile = { ...claims };
    // Providers that keep the ID token lean give the email from the userinfo endpoint instead.
    if (claims && typeof claims.email !== "string") {
      profile = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    }
  } catch (err) {
    throw new SsoRefusedError(
      "provider_error",
      `The identity provider's answer could not be accepted: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (!claims) throw new SsoRefusedError("provider_error", "The identity provider sent no ID token.");
  const subject = claims.sub;
  const email = typeof profile.email === "string" ? normaliseEmail(profile.email) : "";
  if (!email || profile.email_verified === false) {
    throw new SsoRefusedError("no_email", "The identity provider did not give a verified email address.");
  }
  if (!email.endsWith(`@${config.allowed_email_domain}`)) {
    throw new SsoRefusedError(
      "wrong_domain",
      `Only ${config.allowed_email_domain} addresses can sign in here.`,
    );
  }

  const bySubject = await db
    .selectFrom("users")
    .select(["id", "email", "status", "sso_subject"])
    .where("organisation_id", "=", login.organisation_id)
    .where("sso_subject", "=", subject)
    .executeTakeFirst();
  const person =
    bySubject ??
    (await db
      .selectFrom("users")
      .select(["id", "email", "status", "sso_subject"])
      .where("organisation_id", "=", login.organisation_id)
      .where("email", "=", email)
      .executeTakeFirst());
  if (!person) {
    throw new SsoRefusedError(
      "unknown_user",
      `${email} is not on this council's staff list. Ask the clerk to add you; accounts are not created automatically.`,
    );
  }
  if (person.sso_subject !== null && person.sso_subject !== subject) {
    throw new SsoRefusedError(
      "subject_mismatch",
      "This staff record is linked to a different sign-in identity.",
    );
  }
  if (person.status !== "active")
    throw new SsoRefusedError("left", "This staff record is marked as having left.");
  if (person.sso_subject === null) {
    await db.transaction().execute(async (trx) => {
      await trx.updateTable("users").set({ sso_subject: subject }).where("id", "=", person.id).execute();
      await recordAuditEvent(trx, {
        organisationId: login.organisation_id,
        actorId: person.id,
        action: "sso.linked",
        subjectType: "user",
        subjectId: person.id,
        after: { issuer: config.issuer, subject },
        ip: props.ip ?? null,
        device: props.userAgent ?? null,
        at: now,
      });
    });
  }
  const user = await db
    .selectFrom("users")
    .select(["id", "organisation_id", "email", "name"])
    .where("id", "=", person.id)
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    organisationId: user.organisation_id,
    email: user.email,
    name: user.name,
    roles: await loadRoles(db, user.id),
  };
}
