import type { Command } from "commander";
import { processIO, writeOut, type CliIO } from "./cli-io.ts";

/** `postwarden keys rotate`: a new server secret, with every vault secret re-encrypted under it. */
export function registerKeys(program: Command, io: CliIO = processIO): void {
  const keys = program
    .command("keys")
    .description("Manage the server secret that encrypts the credential vault.");
  keys
    .command("rotate")
    .description(
      "Generate a new secret key, re-encrypt every stored secret under it in one transaction, then replace DATA_DIR/secret.key. The old key file is kept until that succeeds. Restart running servers afterwards.",
    )
    .action(() => rotateCommand(io));
}

export async function rotateCommand(io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.POSTWARDEN_SECRET_KEY) {
    throw new Error(
      "the secret key comes from POSTWARDEN_SECRET_KEY; rotation replaces the key file in DATA_DIR. Unset the variable to use the file.",
    );
  }
  const { loadConfig, openDatabase, migrateToLatest, rotateVaultKey } = await import("@postwarden/server");
  const config = loadConfig(env);
  const db = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    await migrateToLatest(db);
    const result = await rotateVaultKey({ db, dataDir: config.dataDir });
    const resealed = Object.values(result.counts).reduce((n, c) => n + c, 0);
    await writeOut(
      io.stdout,
      `Vault key rotated: ${result.previousKeyId} -> ${result.keyId}; ${resealed} secret(s) re-encrypted. Restart running servers.\n`,
    );
  } finally {
    await db.destroy();
  }
}
