import type { Command } from "commander";

/** `postwarden eval`. */
export function registerEval(program: Command): void {
  void program;
}
