import type { Db } from "../../db/database.ts";
import type { Organisation } from "../../db/schema/organisations.ts";
import { newId, toTimestamp } from "../../db/time.ts";

export interface CreateOrganisationProps {
  db: Db;
  name: string;
  slug: string;
  now?: Date;
}

export async function createOrganisation(props: CreateOrganisationProps): Promise<Organisation> {
  const organisation: Organisation = {
    id: newId(),
    name: props.name,
    slug: props.slug,
    created_at: toTimestamp(props.now ?? new Date()),
  };
  await props.db.insertInto("organisations").values(organisation).execute();
  return organisation;
}
