import type { Insertable, Selectable } from "kysely";

/** A council using this deployment. Timestamps are ISO-8601 UTC text (see db/time.ts). */
export interface OrganisationsTable {
  id: string;
  name: string;
  slug: string;
  created_at: string;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
