import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SECRET_KEY_FILE } from "../config.ts";
import type { Db } from "../db/database.ts";
import { recordAuditEvent } from "../domain/audit/record-audit-event.ts";
import { loadKeyring, NEXT_SECRET_KEY_FILE } from "./keyring.ts";
import { reencryptAll, type ReencryptReport } from "./reencrypt-all.ts";

export interface RotateVaultKeyProps {
  db: Db;
  dataDir: string;
  now?: Date;
}

export interface RotationResult extends ReencryptReport {
  previousKeyId: string;
  keyId: string;
}

/**
 * Replaces the server secret (`secret.key`) with a new random one and re-seals every encrypted
 * column under it in one transaction. The new secret waits in `secret.key.next` until the
 * transaction commits; only then does it replace the old file. If anything fails, the old key
 * file is untouched and the next file stays, so running the command again resumes.
 * Sessions survive (the database holds only token hashes); browsers fetch a new CSRF token.
 */
export async function rotateVaultKey(props: RotateVaultKeyProps): Promise<RotationResult> {
  const current = join(props.dataDir, SECRET_KEY_FILE);
  const next = join(props.dataDir, NEXT_SECRET_KEY_FILE);
  if (!existsSync(current)) throw new Error(`${current} does not exist; there is no key to rotate.`);
  const oldSecret = readFileSync(current);
  if (!existsSync(next)) {
    writeFileSync(next, randomBytes(32), { mode: 0o600, flag: "wx" });
    chmodSync(next, 0o600);
  }
  const keyring = loadKeyring({ secretKey: oldSecret, dataDir: props.dataDir, followKeyFiles: true });
  const now = props.now ?? new Date();
  const report = await props.db.transaction().execute(async (trx) => {
    const counts = await reencryptAll(trx, keyring, keyring.current);
    const organisations = await trx.selectFrom("organisations").select("id").execute();
    for (const organisation of organisations) {
      await recordAuditEvent(trx, {
        organisationId: organisation.id,
        actorId: null,
        action: "vault.key_rotated",
        subjectType: "vault",
        subjectId: keyring.current.id,
        after: { keyId: keyring.current.id, resealed: counts.counts },
        at: now,
      });
    }
    return counts;
  });
  const previous = `${current}.previous`;
  renameSync(current, previous);
  renameSync(next, current);
  rmSync(previous);
  const { deriveVaultKey } = await import("./vault-key.ts");
  return { ...report, previousKeyId: deriveVaultKey(oldSecret).id, keyId: keyring.current.id };
}
