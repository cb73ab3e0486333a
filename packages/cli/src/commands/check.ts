import type { Command } from "commander";
import { worstSeverity } from "@postwarden/engine";
import { formatFindings } from "../format/findings.ts";
import { processIO, readAll, writeOut, type CliIO } from "./cli-io.ts";
import { addScreeningOptions, buildEngine, UsageError, type ScreeningOptions } from "./screening-options.ts";

interface CheckOptions extends ScreeningOptions {
  json?: boolean;
}

async function readText(arg: string | undefined, io: CliIO): Promise<string> {
  if (arg === "-") return readAll(io.stdin);
  if (arg !== undefined) return arg;
  if (io.stdin.isTTY) throw new UsageError('give the text to check, or "-" to read it from standard input');
  return readAll(io.stdin);
}

/** `postwarden check [TEXT|-]`: screens one draft; exit 1 when it must not be published. */
export function registerCheck(program: Command, io: CliIO = processIO): void {
  const command = program
    .command("check")
    .description("Screen one draft against the policy and show what breaks it, clause by clause.")
    .argument("[text]", 'the text to check; "-" or nothing reads standard input');
  addScreeningOptions(command)
    .option("--json", 'print machine-readable output: { "findings": [...] }')
    .action(async (arg: string | undefined, options: CheckOptions) => {
      try {
        const text = (await readText(arg, io)).replace(/^\uFEFF/, "");
        const engine = buildEngine(options);
        const { findings } = engine.screen({ text, kind: options.kind });
        const output = options.json
          ? `${JSON.stringify({ findings }, null, 2)}\n`
          : formatFindings(text, findings);
        await writeOut(io.stdout, output);
        io.setExitCode(worstSeverity(findings) === "block" ? 1 : 0);
      } catch (err) {
        if (err instanceof UsageError) command.error(`postwarden check: ${err.message}`, { exitCode: 2 });
        throw err;
      }
    });
}
