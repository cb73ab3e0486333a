import type { Db } from "../../db/database.ts";
import { AppError } from "../../errors.ts";
import { loadRoles } from "../users/load-roles.ts";
import { normaliseEmail } from "../users/normalise-email.ts";
import type { UserView } from "../users/user-view.ts";
import { createSession } from "./create-session.ts";
import { verifyAgainstDecoy, verifyPassword } from "./passwords.ts";
import type { SessionPolicy } from "./session-policy.ts";
import {
  clearFailedSignIns,
  isAccountThrottled,
  recordFailedSignIn,
  type ThrottlePolicy,
} from "./sign-in-throttle.ts";

export interface SignInProps {
  db: Db;
  email: string;
  password: string;
  session: SessionPolicy;
  throttle: ThrottlePolicy;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
}

export const INVALID_CREDENTIALS_MESSAGE = "The email address or password is not right.";

/**
 * Checks an email and password and starts a session. The same error answers a wrong email
 * and a wrong password; once an account has too many recent failures every attempt is refused.
 */
export async function signIn(
  props: SignInProps,
): Promise<{ user: UserView; token: string; expiresAt: Date }> {
  const { db } = props;
  const now = props.now ?? new Date();
  const email = normaliseEmail(props.email);

  if (await isAccountThrottled(db, email, props.throttle, now)) {
    throw new AppError("rate_limited", "Too many failed sign-in attempts. Wait a minute and try again.");
  }

  // Users are unique per organisation; an address used in two organisations signs in to
  // whichever account the password belongs to.
  const candidates = await db
    .selectFrom("users")
    .select(["id", "organisation_id", "email", "name", "password_hash"])
    .where("email", "=", email)
    .where("status", "=", "active")
    .orderBy("created_at")
    .execute();

  let matched: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    if (candidate.password_hash && (await verifyPassword(candidate.password_hash, props.password))) {
      matched = candidate;
      break;
    }
  }
  if (candidates.length === 0) await verifyAgainstDecoy(props.password);

  if (!matched) {
    await recordFailedSignIn(db, email, props.ip, now);
    throw new AppError("invalid_credentials", INVALID_CREDENTIALS_MESSAGE);
  }
  await clearFailedSignIns(db, email);

  const { token, expiresAt } = await createSession({
    db,
    userId: matched.id,
    policy: props.session,
    ip: props.ip,
    userAgent: props.userAgent,
    now,
  });
  const user: UserView = {
    id: matched.id,
    organisationId: matched.organisation_id,
    email: matched.email,
    name: matched.name,
    roles: await loadRoles(db, matched.id),
  };
  return { user, token, expiresAt };
}
