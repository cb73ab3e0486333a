import type { RuleContext } from "../../rule.ts";

/** The clauses the political rules cite: no political posts, and political neutrality. */
export const POLITICAL_CLAUSES = ["procedure.2", "procedure.9.f"];

/**
 * Council posts and replies block while a pre-election period is open; an employee's own
 * post stays advice, since the policy restricts the council's voice, not private views.
 */
export function openPeriod(ctx: RuleContext): string | undefined {
  if (ctx.kind === "personal") return undefined;
  return ctx.context.openElectionPeriods[0]?.name;
}
