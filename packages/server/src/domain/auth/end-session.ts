import type { Db } from "../../db/database.ts";
import { sessionIdFor } from "./session-token.ts";

/** Signs out: deletes the session the token belongs to, if any. */
export async function endSession(props: { db: Db; token: string }): Promise<void> {
  await props.db.deleteFrom("sessions").where("id", "=", sessionIdFor(props.token)).execute();
}
