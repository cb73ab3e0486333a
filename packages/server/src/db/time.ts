import { randomUUID } from "node:crypto";

/**
 * Timestamps are stored as ISO-8601 UTC text with milliseconds ("2025-05-01T09:30:00.000Z").
 * The fixed width makes text order equal time order, so comparisons work the same on SQLite
 * and PostgreSQL without dialect-specific date types.
 */
export function toTimestamp(date: Date): string {
  return date.toISOString();
}

export function fromTimestamp(value: string): Date {
  return new Date(value);
}

/** Row ids are random UUIDs stored as text. */
export function newId(): string {
  return randomUUID();
}
