import { InvalidArgumentError, type Command } from "commander";
import type { Db, Role } from "@postwarden/server";

/** `postwarden serve`, `migrate`, `user add` and the other commands that work on a deployment's database. */
export function registerServerCommands(program: Command): void {
  program
    .command("serve")
    .description("Run the Postwarden server (web app and API). Reads PORT, HOST, DATA_DIR and DATABASE_URL.")
    .option("-p, --port <port>", "port to listen on (default: PORT or 3000)", parsePort)
    .option("--host <host>", "address to listen on (default: HOST or 127.0.0.1)")
    .action(serve);

  program
    .command("migrate")
    .description("Bring the database schema up to date. Reads DATA_DIR and DATABASE_URL.")
    .action(migrate);

  const user = program.command("user").description("Manage user accounts.");
  user
    .command("add")
    .description(
      "Add a user to the organisation. Prints a one-time password unless --password-stdin is given.",
    )
    .requiredOption("--email <email>", "their email address")
    .requiredOption("--name <name>", "their full name")
    .requiredOption("--role <role>", `a role (${ROLE_NAMES.join(", ")}); repeat for more`, collectRole, [])
    .option("--password-stdin", "read the password from standard input instead of generating one")
    .option("--organisation <slug>", "the organisation's slug (default: the deployment's organisation)")
    .action(addUserCommand);
}

// Kept here (not imported) so that parsing arguments does not load the server stack.
const ROLE_NAMES = ["employee", "admin", "auditor"] as const satisfies readonly Role[];

function collectRole(value: string, previous: Role[]): Role[] {
  if (!(ROLE_NAMES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`"${value}" is not a role; use one of: ${ROLE_NAMES.join(", ")}.`);
  }
  return [...previous, value as Role];
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port < 1 || port > 65_535) {
    throw new InvalidArgumentError("must be a whole number between 1 and 65535.");
  }
  return port;
}

async function serve(options: { port?: number; host?: string }): Promise<void> {
  const { loadConfig, startServer } = await import("@postwarden/server");
  const config = loadConfig(process.env);
  if (options.port !== undefined) config.port = options.port;
  if (options.host !== undefined) config.host = options.host;
  const server = await startServer({ config });
  console.log(`Postwarden is running at ${server.url} (press Ctrl-C to stop)`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping (${signal})...`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`postwarden: could not stop cleanly: ${err instanceof Error ? err.message : err}`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

async function migrate(): Promise<void> {
  await withDatabase(async (db) => {
    const { migrateToLatest } = await import("@postwarden/server");
    const { applied } = await migrateToLatest(db);
    if (applied.length === 0) console.log("The database is up to date; no migrations ran.");
    for (const name of applied) console.log(`Applied ${name}`);
  });
}

interface AddUserOptions {
  email: string;
  name: string;
  role: Role[];
  passwordStdin?: boolean;
  organisation?: string;
}

async function addUserCommand(options: AddUserOptions): Promise<void> {
  const server = await import("@postwarden/server");
  const suppliedPassword = options.passwordStdin ? await readPasswordFromStdin() : undefined;
  await withDatabase(async (db) => {
    await server.migrateToLatest(db);
    const adminEmail = server.readEnv(process.env).POSTWARDEN_ADMIN_EMAIL;
    const firstStart = await server.ensureFirstStart({ db, adminEmail });
    if (firstStart.created) console.log(server.firstAdminNotice(firstStart.admin));

    const organisation = options.organisation
      ? await db
          .selectFrom("organisations")
          .selectAll()
          .where("slug", "=", options.organisation)
          .executeTakeFirst()
      : await server.findDefaultOrganisation(db);
    if (!organisation) throw new Error(`There is no organisation with the slug "${options.organisation}".`);

    const password = suppliedPassword ?? server.generatePassword();
    const user = await server.addUser({
      db,
      organisationId: organisation.id,
      email: options.email,
      name: options.name,
      roles: options.role,
      password,
    });
    console.log(
      `Added ${user.name} <${user.email}> to ${organisation.name} with roles: ${user.roles.join(", ")}.`,
    );
    if (!suppliedPassword) console.log(`One-time password (shown only once): ${password}`);
  });
}

/** Opens the database named by DATA_DIR / DATABASE_URL for one command, and closes it after. */
async function withDatabase(work: (db: Db) => Promise<void>): Promise<void> {
  const { openDatabase, readEnv } = await import("@postwarden/server");
  const env = readEnv(process.env);
  const db = openDatabase({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
  try {
    await work(db);
  } finally {
    await db.destroy();
  }
}

/** The whole of standard input, less one trailing line break. */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new Error(
      '--password-stdin expects the password piped in, e.g. `echo "$PW" | postwarden user add ...`.',
    );
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  const password = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  if (password === "") throw new Error("--password-stdin was given but standard input was empty.");
  return password;
}
