import { z } from "zod";
import { AppError } from "../../errors.ts";
import { ROLES } from "../../roles.ts";
import { isCalendarDate } from "./calendar-date.ts";
import { normaliseEmail } from "../users/normalise-email.ts";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === "" ? null : v));

const calendarDate = z.string().trim().refine(isCalendarDate, "must be a date written YYYY-MM-DD").nullable();

/** The editable fields of a person, as checked for create, update and import alike. */
export const personFieldsSchema = z.object({
  email: z.string().transform(normaliseEmail).pipe(z.email("must be an email address")),
  name: z.string().trim().min(1, "must not be empty").max(200),
  roles: z
    .array(z.enum(ROLES))
    .min(1, "give at least one role")
    .transform((r) => [...new Set(r)]),
  department: optionalText(200),
  lineManagerId: z.string().max(200).nullable(),
  jobTitle: optionalText(200),
  startDate: calendarDate,
  leaveDate: calendarDate,
});

export type PersonFields = z.output<typeof personFieldsSchema>;
export type PersonFieldsInput = z.input<typeof personFieldsSchema>;

/** Parses with the schema, turning problems into one `validation_failed` naming each field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  throw new AppError(
    "validation_failed",
    `Invalid ${what}: ${details.map((d) => `${d.path} ${d.message}`).join("; ")}`,
    {
      details,
    },
  );
}

/** A start date after the leave date is a typing mistake, not a career. */
export function checkDateOrder(fields: Pick<PersonFields, "startDate" | "leaveDate">): void {
  if (fields.startDate && fields.leaveDate && fields.leaveDate < fields.startDate) {
    throw new AppError("validation_failed", "The leave date is before the start date.", {
      details: [{ path: "leaveDate", message: "must not be before the start date" }],
    });
  }
}
