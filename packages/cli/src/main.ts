import { Command, CommanderError } from "commander";
import { registerAudit } from "./commands/audit.ts";
import { registerCheck } from "./commands/check.ts";
import { registerEval } from "./commands/eval.ts";
import { registerKeys } from "./commands/keys.ts";
import { registerScan } from "./commands/scan.ts";
import { registerServerCommands } from "./commands/server.ts";

/** The `postwarden` command: every sub-command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command("postwarden")
    .description("Postwarden: the council's social media policy in the path of every action.")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerServerCommands(program);
  registerCheck(program);
  registerScan(program);
  registerEval(program);
  registerKeys(program);
  registerAudit(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    console.error(`postwarden: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

// Run when executed directly (`tsx src/main.ts`); bin/postwarden.mjs imports and calls main().
if (process.argv[1]?.endsWith("main.ts")) {
  await main(process.argv);
}
