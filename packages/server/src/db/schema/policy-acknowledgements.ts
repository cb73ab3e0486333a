import type { Selectable } from "kysely";

/** A member of staff confirming they have read one policy version. */
export interface PolicyAcknowledgementsTable {
  id: string;
  organisation_id: string;
  policy_version_id: string;
  user_id: string;
  acknowledged_at: string;
}

export type PolicyAcknowledgementRow = Selectable<PolicyAcknowledgementsTable>;
