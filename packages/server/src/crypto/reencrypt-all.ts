import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from "./encrypted-columns.ts";
import { keyIdOf, open, seal } from "./envelope.ts";
import type { Keyring } from "./keyring.ts";
import type { VaultKey } from "./vault-key.ts";

export interface ReencryptReport {
  /** Rows re-sealed, per "table.column". */
  counts: Record<string, number>;
}

/**
 * Re-seals every encrypted column under `target`, inside the caller's transaction so either
 * every row moves to the new key or none does. Rows already under `target` are left alone, so
 * an interrupted rotation can simply be run again.
 */
export async function reencryptAll(
  trx: Db,
  keyring: Keyring,
  target: VaultKey,
  columns: readonly EncryptedColumn[] = ENCRYPTED_COLUMNS,
): Promise<ReencryptReport> {
  const counts: Record<string, number> = {};
  for (const column of columns) {
    // Dynamic table names: the registry is code, not input.
    const rows = (
      await sql<Record<string, unknown>>`select ${sql.join(
        [column.idColumn, column.column, ...column.aadColumns].map((c) => sql.ref(c)),
      )} from ${sql.table(column.table)} where ${sql.ref(column.column)} is not null`.execute(trx)
    ).rows;
    let moved = 0;
    for (const row of rows) {
      const envelope = String(row[column.column]);
      if (keyIdOf(envelope) === target.id) continue;
      const aad = column.aad(row);
      const resealed = seal(target, open(keyring, envelope, aad), aad);
      await sql`update ${sql.table(column.table)} set ${sql.ref(column.column)} = ${resealed} where ${sql.ref(
        column.idColumn,
      )} = ${row[column.idColumn]}`.execute(trx);
      moved += 1;
    }
    counts[`${column.table}.${column.column}`] = moved;
  }
  return { counts };
}
