import type { Selectable } from "kysely";

/** Who the platform will contact to recover the account; `position` keeps the given order. */
export interface AccountRecoveryContactsTable {
  id: string;
  account_id: string;
  position: number;
  name: string;
  email: string | null;
  phone: string | null;
}

export type AccountRecoveryContactRow = Selectable<AccountRecoveryContactsTable>;
