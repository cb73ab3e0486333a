/** The callers an access matrix row names. `otherOrganisation` is an admin of another council. */
export type Caller = "anonymous" | "employee" | "manager" | "admin" | "auditor" | "otherOrganisation";

/**
 * One route and the status each caller gets. `:accountId`, `:grantId`, `:requestId`,
 * `:checkoutId` and `:kind` are filled from a fixture; `body` names a fixture payload.
 */
export interface AccessRow {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  body?: string;
  expect: Partial<Record<Caller, number>>;
  /** Rows that end the callers' sessions run after the rest, in this order (1 first). */
  runLast?: number;
}
