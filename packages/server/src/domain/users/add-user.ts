import { z } from "zod";
import type { Db } from "../../db/database.ts";
import { newId, toTimestamp } from "../../db/time.ts";
import { AppError } from "../../errors.ts";
import { ROLES, type Role } from "../../roles.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/passwords.ts";
import { normaliseEmail } from "./normalise-email.ts";
import type { UserView } from "./user-view.ts";

export interface AddUserProps {
  db: Db;
  organisationId: string;
  email: string;
  name: string;
  roles: readonly Role[];
  password: string;
  now?: Date;
}

const propsSchema = z.object({
  email: z.email("must be an email address"),
  name: z.string().trim().min(1, "must not be empty").max(200),
  roles: z.array(z.enum(ROLES)).min(1, "give at least one role"),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(1024),
});

/** Adds a member of staff with a password and roles. Email must be new in the organisation. */
export async function addUser(props: AddUserProps): Promise<UserView> {
  const { db, organisationId } = props;
  const parsed = propsSchema.safeParse({ ...props, email: normaliseEmail(props.email) });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError(
      "validation_failed",
      `Invalid user: ${details.map((d) => `${d.path} ${d.message}`).join("; ")}`,
      {
        details,
      },
    );
  }
  const { email, name, password } = parsed.data;
  const roles = [...new Set(parsed.data.roles)];
  const passwordHash = await hashPassword(password);
  const now = toTimestamp(props.now ?? new Date());
  const id = newId();

  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("users")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .where("email", "=", email)
      .executeTakeFirst();
    if (existing) throw new AppError("conflict", `A user with the email ${email} already exists.`);
    await trx
      .insertInto("users")
      .values({
        id,
        organisation_id: organisationId,
        email,
        name,
        password_hash: passwordHash,
        status: "active",
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto("user_roles")
      .values(roles.map((role) => ({ user_id: id, role })))
      .execute();
  });

  return { id, organisationId, email, name, roles: ROLES.filter((r) => roles.includes(r)) };
}
