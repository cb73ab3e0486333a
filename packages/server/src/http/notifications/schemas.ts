import { z } from "zod";

export const notificationSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    subject: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: "Notification" });
export const notificationListSchema = z.object({ notifications: z.array(notificationSchema) });
export const listNotificationsQuerySchema = z.object({ unread: z.enum(["true", "false"]).optional() });
export const notificationParamsSchema = z.object({ notificationId: z.string().max(64) });
