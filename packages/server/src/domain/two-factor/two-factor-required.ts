import type { Db } from "../../db/database.ts";
import { hasActiveGrant } from "../grants/has-active-grant.ts";
import type { UserView } from "../users/user-view.ts";

/** Admins and anyone able to act on a council account must sign in with a second factor. */
export async function isTwoFactorRequired(db: Db, user: UserView, now: Date): Promise<boolean> {
  return user.roles.includes("admin") || (await hasActiveGrant(db, user.id, now));
}
