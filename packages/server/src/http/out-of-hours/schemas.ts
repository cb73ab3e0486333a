import { z } from "zod";
import { OUT_OF_HOURS_STATES } from "../../db/schema/out-of-hours-requests.ts";

export const outOfHoursSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    managerId: z.string().nullable(),
    state: z.enum(OUT_OF_HOURS_STATES),
    startsAt: z.string(),
    endsAt: z.string(),
    reason: z.string(),
    device: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    createdAt: z.string(),
    can: z.object({ approve: z.boolean(), refuse: z.boolean(), withdraw: z.boolean() }),
  })
  .meta({
    id: "OutOfHoursRequest",
    description:
      "A permission, approved in advance by the line manager (procedure.5). Nothing about actual use is recorded or monitored: there are no activity, location or usage fields.",
  });

export const requestOutOfHoursBodySchema = z.object({
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  reason: z.string().trim().min(1).max(2000),
  device: z.string().trim().min(1).max(200).describe("Which council device, e.g. 'council laptop CL-114'."),
});
export const decideOutOfHoursBodySchema = z.object({
  note: z.string().trim().max(2000).optional(),
  overrideReason: z.string().trim().max(2000).optional(),
});
export const outOfHoursParamsSchema = z.object({ requestId: z.string().max(64) });
export const outOfHoursListSchema = z.object({ requests: z.array(outOfHoursSchema) });
