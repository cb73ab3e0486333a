import type { Selectable } from "kysely";

/**
 * The newest link of each organisation's audit chain. Writers lock this row to take the next
 * sequence number, which serialises appends per organisation on PostgreSQL; it also lets the
 * verifier notice rows removed from the end of a chain.
 */
export interface AuditChainHeadsTable {
  organisation_id: string;
  last_seq: number;
  last_hash: string;
}

export type AuditChainHeadRow = Selectable<AuditChainHeadsTable>;
