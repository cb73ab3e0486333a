import { Readable, Writable } from "node:stream";
import { Command, CommanderError } from "commander";
import type { CliIO } from "./cli-io.ts";
import { registerCheck } from "./check.ts";
import { registerScan } from "./scan.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collector(isTTY: boolean): Writable & { text: string; isTTY: boolean } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string; isTTY: boolean };
  stream.text = "";
  stream.isTTY = isTTY;
  return stream;
}

/** Runs `postwarden check|scan ...` inside the test process, the way main.ts maps errors to exit codes. */
export async function runInProcess(args: string[], stdin?: string): Promise<CliRun> {
  const stdout = collector(false);
  const stderr = collector(false);
  const input = Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]) as Readable & {
    isTTY?: boolean;
  };
  input.isTTY = stdin === undefined;
  let code = 0;
  const io: CliIO = { stdin: input, stdout, stderr, setExitCode: (c) => (code = c) };
  const program = new Command("postwarden")
    .exitOverride()
    .configureOutput({ writeOut: (s) => void (stdout.text += s), writeErr: (s) => void (stderr.text += s) });
  registerCheck(program, io);
  registerScan(program, io);
  try {
    await program.parseAsync(["node", "postwarden", ...args]);
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    code = err.exitCode === 0 ? 0 : 2;
  }
  return { code, stdout: stdout.text, stderr: stderr.text };
}
