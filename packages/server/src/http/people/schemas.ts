import { z } from "zod";
import { USER_STATUSES } from "../../db/schema/users.ts";
import { ROLES } from "../../roles.ts";

export const personSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
    status: z.enum(USER_STATUSES),
    department: z.string().nullable(),
    lineManagerId: z.string().nullable(),
    jobTitle: z.string().nullable(),
    startDate: z.string().nullable(),
    leaveDate: z.string().nullable(),
    absentUntil: z.string().nullable().describe("Last day away; their reports' requests go to admins"),
    absenceReason: z.string().nullable(),
    can: z.object({
      update: z.boolean(),
      recordLeaving: z.boolean(),
      recordAbsence: z.boolean(),
      resetTwoFactor: z.boolean(),
    }),
  })
  .meta({ id: "Person" });

const date = z.string().describe("YYYY-MM-DD");

export const createPersonBodySchema = z.object({
  email: z.string().max(320),
  name: z.string().max(200),
  roles: z.array(z.enum(ROLES)).default(["employee"]),
  department: z.string().max(200).nullable().default(null),
  lineManagerId: z.string().max(200).nullable().default(null),
  jobTitle: z.string().max(200).nullable().default(null),
  startDate: date.nullable().default(null),
  leaveDate: date.nullable().default(null),
});

export const updatePersonBodySchema = z
  .object({
    email: z.string().max(320),
    name: z.string().max(200),
    roles: z.array(z.enum(ROLES)),
    department: z.string().max(200).nullable(),
    lineManagerId: z.string().max(200).nullable(),
    jobTitle: z.string().max(200).nullable(),
    startDate: date.nullable(),
    leaveDate: date.nullable(),
  })
  .partial();

export const leaveBodySchema = z.object({ leaveDate: date.optional() }).default({});

export const resetTwoFactorBodySchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "say why, e.g. how you checked who asked")
    .max(500)
    .describe("Why, for the audit log; shown to the person"),
});

export const twoFactorResetSchema = z
  .object({ sessionsEnded: z.number().int(), recoveryCodesRemoved: z.number().int() })
  .meta({ id: "TwoFactorReset" });

export const absenceBodySchema = z.object({
  until: date.describe("YYYY-MM-DD, the last day away"),
  reason: z.string().trim().min(1, "say why, e.g. annual leave").max(500),
});

export const listPeopleQuerySchema = z.object({
  status: z.enum(USER_STATUSES).optional(),
  department: z.string().max(200).optional(),
  lineManagerId: z.string().max(200).optional(),
});

export const personParamsSchema = z.object({ id: z.string().max(200) });

export const peopleListSchema = z.object({
  people: z.array(personSchema),
  can: z.object({ create: z.boolean(), import: z.boolean() }),
});

export const importBodySchema = z.object({
  csv: z
    .string()
    .min(1, "paste or upload the CSV text")
    .describe(
      "CSV with a header row: email, name, department, line_manager_email, roles (separated by ;), job_title, start_date, leave_date",
    ),
});

const importRowProblemSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });

export const importReportSchema = z
  .object({
    rows: z.number().int(),
    created: z.array(z.object({ row: z.number().int(), email: z.string() })),
    updated: z.array(z.object({ row: z.number().int(), email: z.string(), changes: z.array(z.string()) })),
    unchanged: z.array(z.object({ row: z.number().int(), email: z.string() })),
    leavers: z.array(z.object({ row: z.number().int(), email: z.string() })),
    errors: z.array(importRowProblemSchema),
  })
  .meta({ id: "PeopleImportReport" });
