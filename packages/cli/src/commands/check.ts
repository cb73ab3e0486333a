import type { Command } from "commander";

/** `postwarden check`. */
export function registerCheck(program: Command): void {
  void program;
}
