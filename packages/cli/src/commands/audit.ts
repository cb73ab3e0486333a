import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { InvalidArgumentError, type Command } from "commander";
import type { Db } from "@postwarden/server";
import { processIO, writeOut, type CliIO } from "./cli-io.ts";

const FORMATS = ["jsonl", "csv"] as const;
type Format = (typeof FORMATS)[number];

/** `postwarden audit verify` and `postwarden audit export`. */
export function registerAudit(program: Command, io: CliIO = processIO): void {
  const audit = program.command("audit").description("Check and export the tamper-evident audit log.");
  audit
    .command("verify")
    .description(
      "Recompute every organisation's hash chain; exits 1 and names the first broken row if anything was changed, removed or inserted. Reads DATA_DIR and DATABASE_URL.",
    )
    .option("--organisation <slug>", "check one organisation only")
    .action((options: { organisation?: string }) => withDatabase((db) => verifyCommand(db, options, io)));
  audit
    .command("export")
    .description("Write an organisation's audit log, oldest first, as JSON Lines or CSV.")
    .requiredOption("--format <format>", `one of: ${FORMATS.join(", ")}`, parseFormat)
    .option("--out <file>", "write to this file instead of standard output")
    .option("--organisation <slug>", "the organisation's slug (default: the deployment's organisation)")
    .action((options: { format: Format; out?: string; organisation?: string }) =>
      withDatabase((db) => exportCommand(db, options, io)),
    );
}

function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`use one of: ${FORMATS.join(", ")}.`);
  }
  return value as Format;
}

export async function verifyCommand(db: Db, options: { organisation?: string }, io: CliIO): Promise<void> {
  const { verifyAuditChain } = await import("@postwarden/server");
  const organisationId = options.organisation
    ? (await organisationBySlug(db, options.organisation)).id
    : undefined;
  const result = await verifyAuditChain({ db, ...(organisationId ? { organisationId } : {}) });
  if (result.ok) {
    await writeOut(
      io.stdout,
      `Audit log intact: ${result.events} events in ${result.organisations} organisation chain(s).\n`,
    );
    return;
  }
  const { broken } = result;
  await writeOut(
    io.stderr,
    `Audit log BROKEN in organisation ${broken.organisationId} at seq ${broken.seq}` +
      ` (row ${broken.id ?? "missing"}): ${broken.reason}.\n`,
  );
  io.setExitCode(1);
}

export async function exportCommand(
  db: Db,
  options: { format: Format; out?: string; organisation?: string },
  io: CliIO,
): Promise<void> {
  const { exportAuditEvents, findDefaultOrganisation } = await import("@postwarden/server");
  const organisation = options.organisation
    ? await organisationBySlug(db, options.organisation)
    : await findDefaultOrganisation(db);
  if (!organisation) throw new Error("The deployment has no organisation yet; nothing to export.");
  const target = options.out ? createWriteStream(options.out, { flags: "wx" }) : io.stdout;
  let events = 0;
  for await (const line of exportAuditEvents({
    db,
    organisationId: organisation.id,
    format: options.format,
  })) {
    await writeOut(target, line);
    events++;
  }
  if (options.out) {
    target.end();
    await once(target, "finish");
    const rows = options.format === "csv" ? events - 1 : events;
    await writeOut(io.stderr, `Wrote ${rows} events of ${organisation.name} to ${options.out}.\n`);
  }
}

async function organisationBySlug(db: Db, slug: string) {
  const organisation = await db
    .selectFrom("organisations")
    .selectAll()
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!organisation) throw new Error(`There is no organisation with the slug "${slug}".`);
  return organisation;
}

/** Opens the database named by DATA_DIR / DATABASE_URL, up to date, for one command. */
async function withDatabase(work: (db: Db) => Promise<void>): Promise<void> {
  const { openDatabase, readEnv, migrateToLatest } = await import("@postwarden/server");
  const env = readEnv(process.env);
  const db = openDatabase({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
  try {
    await migrateToLatest(db);
    await work(db);
  } finally {
    await db.destroy();
  }
}
