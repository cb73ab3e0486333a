import type { Db } from "../../db/database.ts";
import type { AuditEventRow } from "../../db/schema/audit-events.ts";
import { auditEventHash, GENESIS_HASH } from "./audit-hash.ts";

export interface VerifyAuditChainProps {
  db: Db;
  /** Check one organisation; every organisation when left out. */
  organisationId?: string;
  /** Rows read per query, so long chains never sit in memory at once. */
  batchSize?: number;
}

export interface ChainBreak {
  organisationId: string;
  /** The seq of the first row that does not fit (for a cut-off end: the seq that is missing). */
  seq: number;
  /** That row's id, or null when the row is missing altogether. */
  id: string | null;
  reason: string;
}

export type VerifyAuditChainResult =
  | { ok: true; organisations: number; events: number }
  | { ok: false; organisations: number; events: number; broken: ChainBreak };

/**
 * Recomputes every organisation's chain: seq must count up from 1 without gaps, each row
 * must point at the previous row's hash, each hash must match the row's content, and the
 * chain head must name the last row. Stops at the first break.
 */
export async function verifyAuditChain(props: VerifyAuditChainProps): Promise<VerifyAuditChainResult> {
  const { db } = props;
  const batchSize = props.batchSize ?? 1000;
  const organisationIds = props.organisationId ? [props.organisationId] : await chainedOrganisations(db);
  let events = 0;
  for (const organisationId of organisationIds) {
    let expectedSeq = 1;
    let previousHash = GENESIS_HASH;
    for (;;) {
      const rows = await db
        .selectFrom("audit_events")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("seq", ">=", expectedSeq)
        .orderBy("seq")
        .limit(batchSize)
        .execute();
      for (const row of rows) {
        events++;
        const problem = problemWith(row, expectedSeq, previousHash);
        if (problem) {
          return {
            ok: false,
            organisations: organisationIds.length,
            events,
            broken: { organisationId, seq: Number(row.seq), id: row.id, reason: problem },
          };
        }
        expectedSeq = Number(row.seq) + 1;
        previousHash = row.hash;
      }
      if (rows.length < batchSize) break;
    }
    const head = await db
      .selectFrom("audit_chain_heads")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    const lastSeq = expectedSeq - 1;
    if (!head || Number(head.last_seq) !== lastSeq || head.last_hash !== previousHash) {
      return {
        ok: false,
        organisations: organisationIds.length,
        events,
        broken: {
          organisationId,
          seq: lastSeq + 1,
          id: null,
          reason: head
            ? `the chain ends at seq ${lastSeq} but its head records seq ${Number(head.last_seq)}: rows were removed from the end`
            : "the organisation has events but no chain head",
        },
      };
    }
  }
  return { ok: true, organisations: organisationIds.length, events };
}

function problemWith(row: AuditEventRow, expectedSeq: number, previousHash: string): string | null {
  if (Number(row.seq) !== expectedSeq) {
    return `seq ${Number(row.seq)} comes where seq ${expectedSeq} was expected: rows are missing`;
  }
  if (row.prev_hash !== previousHash) return "prev_hash does not match the previous row's hash";
  const { hash, ...content } = row;
  if (auditEventHash(content) !== hash) return "the row's content does not match its hash";
  return null;
}

async function chainedOrganisations(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom("audit_chain_heads")
    .select("organisation_id")
    .union(db.selectFrom("audit_events").select("organisation_id").distinct())
    .execute();
  return [...new Set(rows.map((r) => r.organisation_id))].sort();
}
