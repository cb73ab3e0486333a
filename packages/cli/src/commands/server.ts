import type { Command } from "commander";

/** `postwarden serve`, `migrate`, `user add` and the other commands that work on a deployment's database. */
export function registerServerCommands(program: Command): void {
  void program;
}
