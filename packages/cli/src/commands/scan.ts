import type { Command } from "commander";

/** `postwarden scan`. */
export function registerScan(program: Command): void {
  void program;
}
