import { malvernPolicy } from "@postwarden/engine";
import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import type { Role } from "../../roles.ts";
import { generatePassword, hashPassword } from "../auth/passwords.ts";
import { normaliseEmail } from "../users/normalise-email.ts";

export const DEFAULT_ORGANISATION = { name: "Malvern Town Council", slug: "malvern-town-council" } as const;
/** The first administrator is the clerk (admin) and, like everyone, a member of staff. */
export const FIRST_ADMIN_ROLES: readonly Role[] = ["employee", "admin"];

export interface FirstStartProps {
  db: Db;
  adminEmail: string;
  now?: Date;
}

export type FirstStartResult =
  { created: false } | { created: true; organisationId: string; admin: { email: string; password: string } };

/**
 * On an empty database: the default organisation, the Malvern policy as version 1, and a first
 * administrator with a one-time password the caller shows once. Does nothing otherwise.
 */
export async function ensureFirstStart(props: FirstStartProps): Promise<FirstStartResult> {
  const { db } = props;
  if (!(await isEmpty(db))) return { created: false };

  const now = toTimestamp(props.now ?? new Date());
  const email = normaliseEmail(props.adminEmail);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const organisationId = newId();
  const adminId = newId();

  try {
    await db.transaction().execute(async (trx) => {
      // Checked again inside the transaction; the unique slug stops a second instance racing us.
      if (!(await isEmpty(trx))) throw new AlreadySetUp();
      await trx
        .insertInto("organisations")
        .values({ id: organisationId, ...DEFAULT_ORGANISATION, created_at: now })
        .execute();
      await trx
        .insertInto("policy_versions")
        .values({
          id: newId(),
          organisation_id: organisationId,
          version: 1,
          pack: JSON.stringify(malvernPolicy),
          published_at: now,
        })
        .execute();
      await trx
        .insertInto("users")
        .values({
          id: adminId,
          organisation_id: organisationId,
          email,
          name: "Administrator",
          password_hash: passwordHash,
          status: "active",
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto("user_roles")
        .values(FIRST_ADMIN_ROLES.map((role) => ({ user_id: adminId, role })))
        .execute();
    });
  } catch (err) {
    if (err instanceof AlreadySetUp || !(await isEmpty(db))) return { created: false };
    throw err;
  }
  return { created: true, organisationId, admin: { email, password } };
}

class AlreadySetUp extends Error {}

async function isEmpty(db: Db): Promise<boolean> {
  const organisation = await db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
  const user = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return !organisation && !user;
}

/** The text shown once on stdout when the first administrator is created. */
export function firstAdminNotice(admin: { email: string; password: string }): string {
  return [
    "",
    "  Postwarden created the first administrator for this new database.",
    `    email:    ${admin.email}`,
    `    password: ${admin.password}`,
    "  This password is shown only once. Sign in and keep it somewhere safe.",
    "",
  ].join("\n");
}
