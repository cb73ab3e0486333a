import type { Selectable } from "kysely";

/** A published version of an organisation's policy pack; `pack` is the pack as JSON text. */
export interface PolicyVersionsTable {
  id: string;
  organisation_id: string;
  version: number;
  pack: string;
  published_at: string;
}

export type PolicyVersionRow = Selectable<PolicyVersionsTable>;
