import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { loadOrCreateSecretKey, SECRET_KEY_FILE } from "../config.ts";
import { describeEachDialect } from "../testing/dialects.ts";
import { buildTeam } from "../testing/governance-fixtures.ts";
import { setAccountSecret } from "../domain/vault/set-account-secret.ts";
import { accountSecretAad } from "./encrypted-columns.ts";
import { keyIdOf, open } from "./envelope.ts";
import { loadKeyring, NEXT_SECRET_KEY_FILE } from "./keyring.ts";
import { rotateVaultKey } from "./rotate-vault-key.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeEachDialect("vault key rotation", (ctx) => {
  it("re-seals every secret under a new key and replaces the key file only after commit", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "postwarden-keys-"));
    dirs.push(dataDir);
    const oldSecret = loadOrCreateSecretKey(dataDir);
    const source = { secretKey: oldSecret, dataDir, followKeyFiles: true };
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    await setAccountSecret({
      db: ctx.db,
      keyring: loadKeyring(source),
      actor: team.admin,
      accountId: team.account.id,
      kind: "api_token",
      value: "token-before-rotation",
    });
    const before = await ctx.db.selectFrom("account_secrets").select("ciphertext").executeTakeFirstOrThrow();

    const result = await rotateVaultKey({ db: ctx.db, dataDir });

    expect(result.keyId).not.toBe(result.previousKeyId);
    expect(keyIdOf(before.ciphertext)).toBe(result.previousKeyId);
    expect(existsSync(join(dataDir, NEXT_SECRET_KEY_FILE))).toBe(false);
    expect(readFileSync(join(dataDir, SECRET_KEY_FILE)).equals(oldSecret)).toBe(false);
    const rows = await ctx.db.selectFrom("account_secrets").select(["ciphertext", "account_id"]).execute();
    for (const row of rows) expect(keyIdOf(row.ciphertext)).toBe(result.keyId);
    // A server restarted on the new key file alone reads the secret.
    const restarted = loadKeyring({
      secretKey: readFileSync(join(dataDir, SECRET_KEY_FILE)),
      dataDir,
      followKeyFiles: false,
    });
    const mine = rows.find((r) => r.account_id === team.account.id);
    expect(open(restarted, mine?.ciphertext ?? "", accountSecretAad(team.account.id, "api_token"))).toBe(
      "token-before-rotation",
    );
    const audit = await ctx.db
      .selectFrom("audit_events")
      .select("after")
      .where("organisation_id", "=", team.organisation.id)
      .where("action", "=", "vault.key_rotated")
      .execute();
    expect(audit).toHaveLength(1);
    expect(String(audit[0]?.after)).not.toContain("token-before-rotation");
  });

  it("keeps the old key file when re-encryption fails", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "postwarden-keys-"));
    dirs.push(dataDir);
    const oldSecret = loadOrCreateSecretKey(dataDir);
    const team = await buildTeam(ctx.db, { publishPolicy: false });
    // A ciphertext sealed under a key nobody has: rotation cannot open it and must not commit.
    await setAccountSecret({
      db: ctx.db,
      keyring: loadKeyring({
        secretKey: Buffer.alloc(32, 7),
        dataDir: "/nonexistent",
        followKeyFiles: false,
      }),
      actor: team.admin,
      accountId: team.account.id,
      kind: "shared_password",
      value: "unreadable",
    });
    await expect(rotateVaultKey({ db: ctx.db, dataDir })).rejects.toThrow(/not available/);
    expect(readFileSync(join(dataDir, SECRET_KEY_FILE)).equals(oldSecret)).toBe(true);
    expect(existsSync(join(dataDir, NEXT_SECRET_KEY_FILE))).toBe(true);
    await ctx.db.deleteFrom("account_secrets").where("account_id", "=", team.account.id).execute();
  });
});
