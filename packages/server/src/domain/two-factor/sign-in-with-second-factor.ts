import type { Db } from "../../db/database.ts";
import { signIn, type SignInProps } from "../auth/sign-in.ts";
import { sessionIdFor } from "../auth/session-token.ts";
import type { UserView } from "../users/user-view.ts";
import { hasTwoFactorEnabled, startPendingSignIn } from "./pending-sign-in.ts";

export type FirstFactorOutcome =
  | { kind: "signed-in"; user: UserView; token: string; expiresAt: Date }
  | { kind: "second-factor-required"; pendingToken: string; pendingExpiresAt: Date };

/**
 * Checks the password as `signIn` does; for someone with two-factor sign-in on, the session is
 * not handed out but exchanged for a pending sign-in that a code must complete.
 */
export async function signInWithSecondFactor(props: SignInProps): Promise<FirstFactorOutcome> {
  const signedIn = await signIn(props);
  if (!(await hasTwoFactorEnabled(props.db, signedIn.user.id))) return { kind: "signed-in", ...signedIn };
  await endUnfinishedSession(props.db, signedIn.token);
  const pending = await startPendingSignIn({
    db: props.db,
    userId: signedIn.user.id,
    ip: props.ip,
    userAgent: props.userAgent,
    ...(props.now ? { now: props.now } : {}),
  });
  return { kind: "second-factor-required", pendingToken: pending.token, pendingExpiresAt: pending.expiresAt };
}

async function endUnfinishedSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionIdFor(token)).execute();
}
