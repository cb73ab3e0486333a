import * as client from "openid-client";
import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { AppError } from "../../errors.ts";
import { sessionIdFor } from "../auth/session-token.ts";
import { oidcConfiguration } from "./oidc-configuration.ts";

/** How long the trip to the identity provider and back may take. */
export const SSO_LOGIN_TTL_MS = 10 * 60 * 1000;

export interface StartSsoSignInProps {
  db: Db;
  keyring: Keyring;
  organisationSlug: string;
  redirectUri: string;
  now?: Date;
}

/**
 * Begins an OpenID Connect sign-in: PKCE (S256), a state and a nonce, kept server-side; returns
 * where to send the browser and the state, which the browser also keeps in a cookie so the
 * answer can only complete the sign-in in the browser that started it.
 */
export async function startSsoSignIn(props: StartSsoSignInProps): Promise<{ url: URL; state: string }> {
  const now = props.now ?? new Date();
  const row = await props.db
    .selectFrom("sso_configs")
    .innerJoin("organisations", "organisations.id", "sso_configs.organisation_id")
    .selectAll("sso_configs")
    .where("organisations.slug", "=", props.organisationSlug)
    .executeTakeFirst();
  if (!row) throw new AppError("not_found", "This council does not sign in with single sign-on.");
  const configuration = await oidcConfiguration(row, props.keyring);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await props.db.deleteFrom("sso_logins").where("expires_at", "<", toTimestamp(now)).execute();
  await props.db
    .insertInto("sso_logins")
    .values({
      id: sessionIdFor(state),
      organisation_id: row.organisation_id,
      code_verifier: codeVerifier,
      nonce,
      created_at: toTimestamp(now),
      expires_at: toTimestamp(new Date(now.getTime() + SSO_LOGIN_TTL_MS)),
    })
    .execute();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: props.redirectUri,
    scope: "openid email profile",
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url, state };
}
