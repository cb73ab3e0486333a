import type { Db } from "../../db/database.ts";
import { accountPolicy } from "../../authz/account.ts";
import { authorize } from "../../authz/checks.ts";
import type { UserView } from "../users/user-view.ts";
import { loadAccountViews, type AccountView } from "./account-view.ts";

export interface ListAccountsProps {
  db: Db;
  actor: UserView;
  includeArchived?: boolean;
  /** Only accounts whose access review is due on or before this time. */
  reviewDueBy?: Date;
}

/** The register as the caller may see it: recovery contacts only for admins, never secrets. */
export async function listAccounts(props: ListAccountsProps): Promise<AccountView[]> {
  const { db, actor } = props;
  authorize(accountPolicy.canList(actor, actor), actor);
  const views = await loadAccountViews(db, actor.organisationId, {
    includeArchived: props.includeArchived ?? false,
  });
  const due = props.reviewDueBy?.toISOString();
  return views
    .filter((v) => due === undefined || (v.archivedAt === null && v.reviewDueAt <= due))
    .map((v) => (accountPolicy.canSeeRecoveryContacts(actor, v) ? v : { ...v, recoveryContacts: [] }));
}
