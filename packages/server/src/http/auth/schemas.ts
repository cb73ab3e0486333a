import { z } from "zod";
import { userSchema } from "../schemas.ts";

export const signInBodySchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(320),
  password: z.string().min(1, "Enter your password").max(1024),
});

export const sessionResponseSchema = z.object({
  user: userSchema.nullable(),
  csrfToken: z.string(),
});

export const signedInResponseSchema = z.object({ user: userSchema });
