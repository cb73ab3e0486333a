import { z } from "zod";
import { ROLES } from "../roles.ts";
import type { UserView } from "../domain/users/user-view.ts";

/** The error body every failure answers with. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string().optional(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: "Error" });

/** A user as the API shows it. */
export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
  })
  .meta({ id: "User" });

export type UserBody = z.output<typeof userSchema>;

export function presentUser(user: UserView): UserBody {
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
