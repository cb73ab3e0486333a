import { z } from "zod";
import { userSchema } from "../schemas.ts";

export const codeBodySchema = z.object({
  code: z.string().trim().min(1, "Enter the code").max(32),
});

export const setupResponseSchema = z.object({
  secret: z.string().describe("base32, for typing into an app by hand; shown this once"),
  uri: z.string().describe("otpauth:// URI, usually shown as a QR code; shown this once"),
});

export const confirmResponseSchema = z.object({
  recoveryCodes: z.array(z.string()).describe("ten single-use codes; shown this once"),
});

export const twoFactorStatusSchema = z.object({
  enabled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  can: z.object({ setup: z.boolean() }),
});

export const secondFactorResponseSchema = z.object({ user: userSchema });
