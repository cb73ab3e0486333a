import type { Selectable } from "kysely";

/** A single-use recovery code; only its SHA-256 is kept. */
export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export type RecoveryCodeRow = Selectable<RecoveryCodesTable>;
