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

/** The password was right; a code from the authenticator app (POST /api/auth/two-factor) must follow. */
export const twoFactorRequiredResponseSchema = z.object({ twoFactorRequired: z.literal(true) });
